/*
 * tmp.h: where finsam keeps temporary files and folders: $TMPDIR when set
 * and not empty, else /tmp (the convention of mkstemp's callers, so that a
 * test runner or an operator chooses the place once).
 */
#ifndef FINSAM_BASE_TMP_H
#define FINSAM_BASE_TMP_H

#include <stddef.h>

/* The folder for temporary files. */
const char *tmp_base(void);

/* Writes "<tmp_base()>/finsam-<what>-XXXXXX" into out (n bytes), the
 * template mkstemp and mkdtemp fill in; -1 when it does not fit. */
int tmp_template(char *out, size_t n, const char *what);

#endif
