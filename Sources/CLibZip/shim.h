#ifndef HOSO_CLIBZIP_SHIM_H
#define HOSO_CLIBZIP_SHIM_H
#include <zip.h>
#endif
