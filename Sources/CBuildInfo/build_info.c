#include "build_info.h"

// Package.swift defines DIALTONE_COMMIT from the DIALTONE_COMMIT environment variable, which
// scripts/release sets; a C string literal is the one way a build flag can carry text.
#ifndef DIALTONE_COMMIT
#define DIALTONE_COMMIT "unknown commit"
#endif

const char *dt_build_commit(void) { return DIALTONE_COMMIT; }
