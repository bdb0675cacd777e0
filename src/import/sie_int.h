/*
 * sie_int.h: what the SIE reader and writer share and nobody else needs:
 * the #KSUMMA checksum and the checks of fields that both sides must agree
 * on, so that whatever the writer writes the reader accepts.
 */
#ifndef FINSAM_IMPORT_SIE_INT_H
#define FINSAM_IMPORT_SIE_INT_H

#include <stddef.h>
#include <stdint.h>

/* Longest account number the reader accepts; the writer refuses longer. */
#define SIE__ACCOUNT_MAX 20

/* CRC-32 (the polynomial of zlib and of the SIE standard's #KSUMMA),
 * continued over n more bytes: start with crc 0, feed the parts in order. */
uint32_t sie__crc32(uint32_t crc, const void *p, size_t n);

/* 1 when s is an account number: 1 to SIE__ACCOUNT_MAX digits. */
int sie__account_ok(const char *s);

/* 1 when s is a quantity as SIE writes it: an optional '-', digits and an
 * optional '.' with more digits ("12", "-0.5"). */
int sie__quantity_ok(const char *s);

#endif
