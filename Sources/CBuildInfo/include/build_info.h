#ifndef DIALTONE_BUILD_INFO_H
#define DIALTONE_BUILD_INFO_H

/// "commit X", X being `git describe` of the commit a release was built from, or
/// "unknown commit" for a build that was not stamped.
const char *dt_build_commit(void);

#endif
