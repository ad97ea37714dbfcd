#ifndef CTST_CLIBXLSXWRITER_SHIM_H
#define CTST_CLIBXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
