/*
 * sie.h: reading and writing SIE 4 (types 4E and 4I), the Swedish standard
 * file format for moving books between accounting programs.
 *
 * The reader streams: it reads one line at a time and hands each record to a
 * callback, so memory stays bounded whatever the file's size. It checks what
 * can be checked within the file (syntax, amounts, dates, that every #VER
 * balances, #KSUMMA) and finds every error, not only the first: a line with
 * an error is reported and passed over, a #VER with an error (in its head,
 * a transaction, or its balance) is reported once and passed over to its
 * closing brace, and the records after it are read and checked as usual.
 * Errors that leave the rest without meaning end the reading: a file that
 * is not SIE (its first line has no label, a NUL byte), a line that breaks
 * the encoding, a line over 1 MiB, a #RAR that cannot be read (the year
 * numbers of the balances refer to it), a #KSUMMA that does not match, and an
 * error from the record callback that is not SIE_BAD_RECORD. Each error
 * (naming file, line and column) goes to an error callback as it is found;
 * the reading then fails with the one error as it is, or with how many
 * there were and the first of them. Files in PC8/CP437 and in UTF-8 are
 * both read (the encoding is detected); all text handed over is UTF-8.
 *
 * The writer writes records back in PC8 as the standard prescribes.
 */
#ifndef FINSAM_IMPORT_SIE_H
#define FINSAM_IMPORT_SIE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/date.h"

struct err;

enum sie_label {
	SIE_FLAGGA, SIE_FORMAT, SIE_SIETYP, SIE_PROGRAM, SIE_GEN, SIE_FNAMN,
	SIE_FNR, SIE_ORGNR, SIE_ADRESS, SIE_RAR, SIE_TAXAR, SIE_KPTYP,
	SIE_VALUTA, SIE_KONTO, SIE_KTYP, SIE_ENHET, SIE_SRU, SIE_DIM,
	SIE_UNDERDIM, SIE_OBJEKT, SIE_IB, SIE_UB, SIE_OIB, SIE_OUB, SIE_RES,
	SIE_PSALDO, SIE_PBUDGET, SIE_VER, SIE_TRANS, SIE_RTRANS, SIE_BTRANS,
	SIE_VER_END,   /* the closing brace of a #VER */
	SIE_KSUMMA,
	SIE__MAX
};

/* "#FLAGGA", "#FORMAT", ...; "}" for SIE_VER_END. */
const char *sie_label_name(enum sie_label l);

/* One record. Which fields are set depends on the label (see each field).
 * Strings are UTF-8 and borrowed: valid only during the callback. A string
 * field that the record does not have is NULL. An optional field the file
 * writes as "" is handed over as absent (NULL, or an unset date); the #VER
 * series and number are "" when empty, since "" means something there. */
struct sie_record {
	enum sie_label label;
	long line;                 /* line of the file, from 1 */

	int flag;                  /* FLAGGA 0/1 */
	int number;                /* SIETYP type; RAR/IB/UB/OIB/OUB/RES/PSALDO/
				      PBUDGET year number (0, -1, ...); DIM/
				      UNDERDIM/OBJEKT dimension; TAXAR year */
	int parent;                /* UNDERDIM parent dimension */
	int period;                /* PSALDO/PBUDGET yyyymm */
	const char *account;       /* KONTO KTYP ENHET SRU IB UB OIB OUB RES
				      PSALDO PBUDGET TRANS RTRANS BTRANS */
	const char *code;          /* FORMAT; ORGNR; FNR; KPTYP; VALUTA; KTYP type;
				      ENHET unit; SRU code; OBJEKT object code;
				      VER series */
	const char *name;          /* PROGRAM name; FNAMN; KONTO; DIM; UNDERDIM;
				      OBJEKT; ADRESS contact */
	const char *version;       /* PROGRAM version; VER number */
	const char *text;          /* VER text; TRANS text; ADRESS street */
	const char *text2;         /* ADRESS postal address */
	const char *text3;         /* ADRESS phone */
	const char *sign;          /* GEN, VER, TRANS: signature */
	const char *objects;       /* OIB OUB PSALDO PBUDGET TRANS...: canonical
				      object list (1 "10" 6 "20"), "" when the
				      file has an empty list {}, NULL when none */
	const char *quantity;      /* IB UB OIB OUB RES PSALDO PBUDGET TRANS: as
				      written, NULL when absent */
	struct date date;          /* GEN, VER, TRANS (unset when absent), RAR start */
	struct date date2;         /* RAR end, VER registration date (unset when absent) */
	int64_t amount;            /* öre: IB UB OIB OUB RES PSALDO PBUDGET TRANS */
	uint32_t checksum;         /* KSUMMA value (0 for the opening #KSUMMA) */
	int has_checksum;          /* KSUMMA: 1 for the closing one with a value */
	long orgnr_part;           /* ORGNR förvärvsnummer (0 when absent) */
};

/* What a record callback returns for a record that is wrong where the rest
 * of the file can still be read: the message it set in err (naming file and
 * line) is one of the file's errors, and the reading goes on. A #VER or a
 * transaction refused so is passed over with the rest of its #VER. */
#define SIE_BAD_RECORD 1

/* Return 0 to go on, SIE_BAD_RECORD (see above), or -1 with a message in
 * err to stop the reading. */
typedef int (*sie_record_fn)(void *ctx, const struct sie_record *r,
			     struct err *err);
/* A warning about the file that does not stop the reading: an unknown
 * label, for instance. msg is Swedish, with the line. */
typedef void (*sie_warn_fn)(void *ctx, long line, const char *msg);
/* An error in the file, as it is found: its line, its column (0 when the
 * error is not at one place of the line) and what is wrong, without the
 * file, line and column that err_set_at (and err_where) put before it. */
typedef void (*sie_error_fn)(void *ctx, long line, long col, const char *msg);

struct sie_stats {
	long lines;
	long verifications;        /* #VER */
	long transactions;         /* #TRANS #RTRANS #BTRANS handed over (a
				      #TRANS that repeats an #RTRANS is not) */
	long balances;             /* #IB #UB #OIB #OUB #RES #PSALDO #PBUDGET */
	long warnings;
	long errors;               /* errors found (the reading then fails) */
	int encoding_utf8;         /* 1 when the file was read as UTF-8 */
	int ksumma_verified;       /* 1 when #KSUMMA was present and matched */
};

/* Reads an SIE file from f. name is used in messages ("bok.se, rad 3, ...").
 * Calls on_record for each record in file order (also after an error, for
 * the records that are right), on_warn (may be NULL) for warnings and
 * on_error (may be NULL) for each error. Checks: syntax, every amount and
 * date, that each #VER's counted transactions (#TRANS and #RTRANS; a #TRANS
 * right after an #RTRANS that repeats it is skipped, as the standard says;
 * #BTRANS is handed over but not counted) sum to zero, #KSUMMA when present
 * and no error came before it. Returns 0, or -1 when the file had an
 * error: with one, err holds it as it is (a callback's error too); with
 * more, err holds "N fel i NAME; ingenting lästes in:" on its first line
 * and then the first of them (up to 25, as many as ERR_MSG_MAX holds), one
 * a line indented by two spaces, and "  ..." last when not all are there.
 * A caller stores nothing from a reading that failed. stats may be NULL. */
int sie_read(FILE *f, const char *name, sie_record_fn on_record,
	     sie_warn_fn on_warn, sie_error_fn on_error, void *ctx,
	     struct sie_stats *stats, struct err *err);

struct sie_writer;

/* Starts writing to f (PC8/CP437, CRLF line ends). The writer does not own f. */
struct sie_writer *sie_writer_new(FILE *f);
/* Writes one record in SIE syntax, quoting what needs quoting. A #VER is
 * written as its head and "{"; SIE_VER_END writes "}". Returns 0, or -1 with a
 * message when text cannot be written in CP437 or the write fails.
 * After an opening #KSUMMA (has_checksum 0) the writer keeps the checksum
 * of what it writes, and a closing one (has_checksum 1) gets that value,
 * not r->checksum, so the file it writes verifies. A line break or other
 * control character in a text is written as a space; an absent object list
 * where the standard requires one is written {}. */
int sie_write(struct sie_writer *w, const struct sie_record *r, struct err *err);
/* Flushes; returns 0 or -1 on a write error. Frees w. */
int sie_writer_free(struct sie_writer *w, struct err *err);

#endif
