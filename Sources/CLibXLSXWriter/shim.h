#ifndef CTST_CLIBXLSXWRITER_SHIM_H
#define CTST_CLIBXLSXWRITER_SHIM_H
#include <xlsxwriter.h>

#if defined(__linux__)
// glibc's memfd_create (a GNU extension Swift's Glibc module leaves out): the workbook is
// assembled in an anonymous memory file, so that libxlsxwriter never writes to the disk and
// never reports a disk's error on stderr (ReportXLSX writes the file itself).
int memfd_create(const char *name, unsigned int flags);
#endif
#endif
