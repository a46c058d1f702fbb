// zlib, for gzipped IDX files and the deflated members of .npz archives.
#include <zlib.h>
