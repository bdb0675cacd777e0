/*
 * sie.c: the parts of SIE 4 that the reader and the writer share: the
 * names of the labels, the #KSUMMA checksum (CRC-32 as the standard
 * defines it) and the syntax of account numbers and quantities.
 */
#include "import/sie.h"

#include <string.h>

#include "import/sie_int.h"

static const char *const label_names[SIE__MAX] = {
	[SIE_FLAGGA] = "#FLAGGA",     [SIE_FORMAT] = "#FORMAT",
	[SIE_SIETYP] = "#SIETYP",     [SIE_PROGRAM] = "#PROGRAM",
	[SIE_GEN] = "#GEN",           [SIE_FNAMN] = "#FNAMN",
	[SIE_FNR] = "#FNR",           [SIE_ORGNR] = "#ORGNR",
	[SIE_ADRESS] = "#ADRESS",     [SIE_RAR] = "#RAR",
	[SIE_TAXAR] = "#TAXAR",       [SIE_KPTYP] = "#KPTYP",
	[SIE_VALUTA] = "#VALUTA",     [SIE_KONTO] = "#KONTO",
	[SIE_KTYP] = "#KTYP",         [SIE_ENHET] = "#ENHET",
	[SIE_SRU] = "#SRU",           [SIE_DIM] = "#DIM",
	[SIE_UNDERDIM] = "#UNDERDIM", [SIE_OBJEKT] = "#OBJEKT",
	[SIE_IB] = "#IB",             [SIE_UB] = "#UB",
	[SIE_OIB] = "#OIB",           [SIE_OUB] = "#OUB",
	[SIE_RES] = "#RES",           [SIE_PSALDO] = "#PSALDO",
	[SIE_PBUDGET] = "#PBUDGET",   [SIE_VER] = "#VER",
	[SIE_TRANS] = "#TRANS",       [SIE_RTRANS] = "#RTRANS",
	[SIE_BTRANS] = "#BTRANS",     [SIE_VER_END] = "}",
	[SIE_KSUMMA] = "#KSUMMA",
};

const char *sie_label_name(enum sie_label l)
{
	if ((int)l < 0 || l >= SIE__MAX)
		return "?";
	return label_names[l];
}

/* Four bits at a time: a table of 16 instead of 256 entries is small
 * enough to write out, and fast enough for files of any size. */
static const uint32_t crc_nibble[16] = {
	0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac,
	0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
	0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c,
	0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

uint32_t sie__crc32(uint32_t crc, const void *p, size_t n)
{
	const unsigned char *s = p;

	crc = ~crc;
	while (n--) {
		crc ^= *s++;
		crc = (crc >> 4) ^ crc_nibble[crc & 15];
		crc = (crc >> 4) ^ crc_nibble[crc & 15];
	}
	return ~crc;
}

int sie__account_ok(const char *s)
{
	size_t n = 0;

	for (; s[n]; n++)
		if (s[n] < '0' || s[n] > '9')
			return 0;
	return n > 0 && n <= SIE__ACCOUNT_MAX;
}

int sie__quantity_ok(const char *s)
{
	int digits = 0;

	if (*s == '-')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.') {
		s++;
		for (; *s >= '0' && *s <= '9'; s++)
			digits++;
	}
	return digits > 0 && *s == '\0';
}
