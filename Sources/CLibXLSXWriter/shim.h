#ifndef CTST_CLIBXLSXWRITER_SHIM_H
#define CTST_CLIBXLSXWRITER_SHIM_H
#include <stdio.h>
#include <xlsxwriter.h>
#include <zlib.h>

// zlib's inflateInit2 is a macro; this is it for raw deflate data (a zip member's), so
// ReportXLSX can read back the parts of a workbook libxlsxwriter assembled.
static inline int ctst_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -15); }

// The C library's standard error stream, on which libxlsxwriter prints its own `[ERROR]`
// lines; Workbook.close points it at /dev/null while the workbook closes and reports a
// failure itself. Returns the stream it replaces.
static inline FILE *ctst_replace_stderr(FILE *stream) {
  FILE *previous = stderr;
  stderr = stream;
  return previous;
}

#if defined(__linux__)
// glibc's memfd_create (a GNU extension Swift's Glibc module leaves out): the workbook is
// assembled in an anonymous memory file, so that libxlsxwriter never writes to the disk and
// never reports a disk's error on stderr (ReportXLSX writes the file itself).
int memfd_create(const char *name, unsigned int flags);
#endif
#endif
