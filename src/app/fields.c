/*
 * fields.c: the fields each kind of record cannot be without, and what is
 * said when one is missing, declared once. The use case refuses a blank
 * required field with these words; a web form asks the same declaration
 * for every blank field at once before it calls the use case, so the
 * person sees all that is missing in one answer and never a second
 * wording of the same rule.
 */
#include <string.h>

#include "app/app.h"
#include "base/err.h"

#define FIELDS(...) ((const struct app_field[]){ __VA_ARGS__, { NULL, 0, NULL } })

const struct app_record APP_BUDGET_LINE = { FIELDS(
	{ "type", APP_CHOOSE, "välj radens typ: intäkt, eget kapital eller kostnad" },
	{ "name", APP_REQUIRED, "budgetraden behöver ett namn" },
	{ "amount", APP_REQUIRED, "ange ett belopp i kronor" }) };

const struct app_record APP_FORECAST = { FIELDS(
	{ "area", APP_REQUIRED, "välj ett kostnadsområde eller en intäkt i budgeten" }) };

const struct app_record APP_MEMBER = { FIELDS(
	{ "name", APP_REQUIRED, "medlemmens namn saknas" },
	{ "kind", APP_REQUIRED, "välj stat, region eller kommun" }) };

const struct app_record APP_BOARD_MEMBER = { FIELDS(
	{ "name", APP_REQUIRED, "ledamoten behöver ett namn" },
	{ "role", APP_REQUIRED, "välj en roll: ordförande, vice ordförande, ledamot eller ersättare" }) };

const struct app_record APP_EVENT = { FIELDS(
	{ "date", APP_REQUIRED, "händelsen behöver ett datum (ÅÅÅÅ-MM-DD)" },
	{ "kind", APP_CHOOSE, "välj vad det är för händelse: styrelse, utvecklingsgrupp, medlemssamråd, "
			      "deadline eller övrigt" },
	{ "title", APP_REQUIRED, "händelsen behöver en rubrik" }) };

const struct app_record APP_MEETING = { FIELDS(
	{ "date", APP_REQUIRED, "sammanträdet behöver ett datum (ÅÅÅÅ-MM-DD)" },
	{ "body", APP_REQUIRED, "ange vilket organ som sammanträdde: styrelse, beredningsgrupp, medlemssamråd "
				"eller övrigt" }) };

const struct app_record APP_MEETING_DECISION = { FIELDS(
	{ "kind", APP_REQUIRED, "ange vad för slags beslut det är: finansiering, budget, verksamhetsplan, "
				"delårsrapport, årsredovisning, styrdokument eller övrigt" },
	{ "text", APP_REQUIRED, "beslutet behöver en text" }) };

const struct app_record APP_YEAR_CLOSE = { FIELDS(
	{ "adopted", APP_REQUIRED, "ange dagen då förbundsstyrelsen fastställde årsredovisningen (ÅÅÅÅ-MM-DD)" }) };

const struct app_record APP_YEAR_REOPEN = { FIELDS(
	{ "reason", APP_REQUIRED, "ange varför året öppnas igen: skälet sparas i loggen" }) };

const struct app_record APP_GOAL = { FIELDS(
	{ "area", APP_REQUIRED, "välj målets område: individ, struktur, kompetens eller ekonomi" },
	{ "title", APP_REQUIRED, "målet behöver en rubrik" }) };

const struct app_record APP_RESULT_GOAL = { FIELDS(
	{ "goal", APP_REQUIRED, "välj det mål som resultatmålet hör till" },
	{ "text", APP_REQUIRED, "resultatmålet behöver en text" }) };

const struct app_record APP_ASSESSMENT = { FIELDS(
	{ "ref", APP_REQUIRED, "välj ett mål eller ett resultatmål att bedöma" },
	{ "period", APP_REQUIRED, "välj en period: delår eller helår" },
	{ "status", APP_REQUIRED, "välj hur väl målet är uppfyllt: uppfyllt, delvis uppfyllt, på god väg, ej "
				  "uppfyllt eller ej bedömt" }) };

const struct app_record APP_POLICY = { FIELDS(
	{ "name", APP_REQUIRED, "styrdokumentet behöver ett namn" },
	{ "kind", APP_CHOOSE, "välj vilket slags styrdokument det är" },
	{ "adopted", APP_REQUIRED, "ange dagen då styrdokumentet antogs (ÅÅÅÅ-MM-DD)" }) };

const struct app_record APP_POLICY_REVISION = { FIELDS(
	{ "date", APP_REQUIRED, "ange dagen då det reviderade styrdokumentet antogs (ÅÅÅÅ-MM-DD)" }) };

const struct app_record APP_RISK = { FIELDS(
	{ "area", APP_REQUIRED, "ange vilket område risken gäller, till exempel ekonomi eller personuppgifter" },
	{ "text", APP_REQUIRED, "beskriv risken" },
	{ "probability", APP_REQUIRED, "ange sannolikheten, ett tal från 1 (osannolik) till 4 (mycket sannolik)" },
	{ "consequence", APP_REQUIRED, "ange konsekvensen, ett tal från 1 (lindrig) till 4 (allvarlig)" }) };

const struct app_record APP_CONTROL_ACTION = { FIELDS(
	{ "risk", APP_REQUIRED, "ange vilken risk kontrollmomentet besvarar (riskens id)" },
	{ "what", APP_REQUIRED, "beskriv vad som kontrolleras" },
	{ "frequency", APP_REQUIRED, "ange hur ofta: månadsvis, kvartalsvis, tertialvis, halvårsvis eller årligen" },
	{ "owner", APP_REQUIRED, "ange vem som utför kontrollen" }) };

const struct app_record APP_CONTROL_FOLLOWUP = { FIELDS(
	{ "meeting", APP_REQUIRED, "ange sammanträdet där kontrollen följdes upp (dess id)" },
	{ "result", APP_REQUIRED, "ange resultatet: genomförd, avvikelse eller ej genomförd" }) };

int app_blank(const char *s)
{
	return !s || strspn(s, " \t\r\n") == strlen(s);
}

static const struct app_field *find(const struct app_record *rec, const char *field)
{
	const struct app_field *f;

	for (f = rec->fields; f->name; f++)
		if (strcmp(f->name, field) == 0)
			return f;
	return NULL;
}

int app_require(const struct app_record *rec, const char *field, const char *value, struct err *err)
{
	const struct app_field *f = find(rec, field);

	if (!f || f->need != APP_REQUIRED || !app_blank(value))
		return 0;
	err_set(err, "%s", f->missing);
	return err_field(err, field);
}

size_t app_missing(const struct app_record *rec, const char *(*value)(const void *ctx, const char *field),
		   const void *ctx, void (*missing)(void *arg, const char *field, const char *msg), void *arg)
{
	const struct app_field *f;
	size_t n = 0;

	for (f = rec->fields; f->name; f++) {
		const char *v = value(ctx, f->name);

		/* A field the form does not carry is not the form's to ask for
		 * (an edit that keeps it); the use case refuses what it needs. */
		if (v && app_blank(v)) {
			missing(arg, f->name, f->missing);
			n++;
		}
	}
	return n;
}
