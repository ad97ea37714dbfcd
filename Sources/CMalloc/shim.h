// glibc's allocator settings (mallopt and its M_* parameters), which Swift's Glibc module
// leaves out. Nothing to link: they are in the C library.
#if defined(__linux__)
#include <malloc.h>
#endif
