#ifndef CTST_CLIBYAML_SHIM_H
#define CTST_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
