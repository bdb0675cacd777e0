/*
 * text.h: character encodings. Files from accounting programs come in
 * CP437 ("PC8", as the SIE standard prescribes) or UTF-8; finsam works in
 * UTF-8 inside.
 */
#ifndef FINSAM_BASE_TEXT_H
#define FINSAM_BASE_TEXT_H

#include <stddef.h>

struct buf;

/* 1 when s[0..n) is valid UTF-8 (no overlongs, no surrogates). */
int utf8_valid(const char *s, size_t n);

/* Appends the UTF-8 form of CP437 bytes s[0..n) to out. Bytes below 0x80
 * are ASCII and copied as they are. */
void cp437_to_utf8(struct buf *out, const char *s, size_t n);

/* Appends the CP437 form of UTF-8 text s[0..n) to out. Returns 0, or -1 when
 * a character has no CP437 form or the UTF-8 is invalid (out then holds '?'
 * in its place and the rest is converted). */
int utf8_to_cp437(struct buf *out, const char *s, size_t n);

/* Appends Windows-1252 bytes as UTF-8 (for CSV files saved by Excel). */
void cp1252_to_utf8(struct buf *out, const char *s, size_t n);

/* Number of characters (code points) in valid UTF-8 s[0..n). */
size_t utf8_len(const char *s, size_t n);

/* Appends the folded form of s for matching words people type: ASCII and
 * Å Ä Ö É in lower case, an en dash as '-', blanks trimmed and collapsed. */
void text_fold(struct buf *out, const char *s);
/* 1 when a and b are equal once folded ("Delvis Uppfyllt" = "delvis uppfyllt"). */
int text_equal_nocase(const char *a, const char *b);


#endif
