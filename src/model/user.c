/*
 * user.c: the rules about users and sessions that need no database:
 * roles, names, password strength, login throttling and session expiry.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "model/user.h"

static const char *const role_keys[ROLE__MAX] = { "admin", "registrar", "board", "auditor" };
static const char *const role_labels[ROLE__MAX] = { "administratör", "registrerare", "styrelse", "revisor" };

const char *role_key(enum role r)
{
	return (unsigned)r < ROLE__MAX ? role_keys[r] : "?";
}

const char *role_label(enum role r)
{
	return (unsigned)r < ROLE__MAX ? role_labels[r] : "?";
}

int role_parse(const char *s, enum role *out, struct err *err)
{
	int i;

	for (i = 0; s && i < ROLE__MAX; i++) {
		if (strcmp(s, role_keys[i]) == 0 || text_equal_nocase(s, role_labels[i])) {
			*out = (enum role)i;
			return 0;
		}
	}
	return err_set(err, "okänd roll '%s' (välj admin, registrar, board eller auditor)", s ? s : "");
}

int user_owns_insats(const struct user *u, int64_t id)
{
	size_t i;

	if (u->role == ROLE_ADMIN)
		return 1;
	if (u->role != ROLE_REGISTRAR)
		return 0;
	for (i = 0; i < u->n_insatser; i++)
		if (u->insatser[i] == id)
			return 1;
	return 0;
}

int user_name_check(const char *name, struct err *err)
{
	size_t i, n = name ? strlen(name) : 0;

	if (n < 2 || n >= USER_NAME_MAX)
		return err_set(err, "användarnamnet ska ha 2–%d tecken", USER_NAME_MAX - 1);
	for (i = 0; i < n; i++) {
		char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
		      c == '_' || c == '-' || c == '@'))
			return err_set(err, "användarnamnet får bara innehålla a–z, A–Z, 0–9 och . _ - @");
	}
	return 0;
}

/* Words that make a password guessable whatever digits surround them. */
static const char *const common[] = {
	"password", "passw0rd", "lösenord", "losenord", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl",
	"sommar", "vinter", "hösten", "hosten", "våren", "varen", "finsam", "samordning",
	"samordningsförbund", "förbund", "forbund", "welcome", "välkommen", "valkommen", "admin",
	"administrator", "letmein", "iloveyou", "hemligt", "hemlig", "sverige", "stockholm", "abc",
	"monkey", "dragon", "football", "baseball", "master", "secret", "changeme", NULL
};

static int is_run(const char *s, size_t n)
{
	size_t i;
	int up = 1, down = 1;

	/* Digits go round: "1234567890" and "0987654321" are runs too. */
	for (i = 1; i < n; i++) {
		if (s[i] != s[i - 1] + 1 && !(s[i - 1] == '9' && s[i] == '0'))
			up = 0;
		if (s[i] != s[i - 1] - 1 && !(s[i - 1] == '0' && s[i] == '9'))
			down = 0;
	}
	return up || down;
}

static int contains_nocase(const char *hay, const char *needle)
{
	struct buf h, nd;
	int found;

	buf_init(&h);
	buf_init(&nd);
	text_fold(&h, hay);
	text_fold(&nd, needle);
	found = nd.len > 0 && strstr(h.s, nd.s) != NULL;
	buf_release(&h);
	buf_release(&nd);
	return found;
}

int password_check(const char *pw, const char *user, struct err *err)
{
	size_t n = pw ? strlen(pw) : 0, i, distinct = 0, start, end;
	unsigned char seen[256];
	struct buf core;
	int bad = 0;

	if (n > PASSWORD_MAX)
		return err_set(err, "lösenordet är för långt (högst %d byte)", PASSWORD_MAX);
	if (!pw || !utf8_valid(pw, n))
		return err_set(err, "lösenordet är inte giltig text (UTF-8)");
	if (utf8_len(pw, n) < PASSWORD_MIN)
		return err_set(err, "lösenordet är för kort: det ska ha minst %d tecken", PASSWORD_MIN);
	memset(seen, 0, sizeof(seen));
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)pw[i];

		if (c < 0x20 || c == 0x7f)
			return err_set(err, "lösenordet får inte innehålla styrtecken");
		if (!seen[c]++)
			distinct++;
	}
	if (distinct < 5)
		return err_set(err, "lösenordet är för enkelt: det har för få olika tecken");
	if (is_run(pw, n))
		return err_set(err, "lösenordet är för enkelt: det är en följd av tecken i rad");
	if (user && strlen(user) >= 2 && contains_nocase(pw, user))
		return err_set(err, "lösenordet får inte innehålla användarnamnet");
	/* The word left once digits, blanks and signs are taken off both ends. */
	for (start = 0; start < n && (unsigned char)pw[start] < 0x80 && !((pw[start] | 0x20) >= 'a' &&
										(pw[start] | 0x20) <= 'z');
	     start++)
		;
	for (end = n; end > start && (unsigned char)pw[end - 1] < 0x80 &&
		      !((pw[end - 1] | 0x20) >= 'a' && (pw[end - 1] | 0x20) <= 'z');
	     end--)
		;
	buf_init(&core);
	buf_add(&core, pw + start, end - start);
	if (end == start) {
		bad = 1;     /* only digits and signs around nothing: "12345!!!#0" */
	} else {
		for (i = 0; common[i] && !bad; i++)
			if (text_equal_nocase(core.s, common[i]))
				bad = 1;
		if (!bad && is_run(core.s, core.len) && core.len >= 4)
			bad = 1;
	}
	buf_release(&core);
	if (bad && end == start && distinct >= 8)
		bad = 0;     /* a long random string of digits and signs is fine */
	if (bad)
		return err_set(err, "lösenordet är för lätt att gissa: välj något som inte är ett vanligt ord "
				    "med siffror runt");
	return 0;
}

int64_t throttle_wait(const int64_t *failures, size_t n, size_t free_tries, int64_t now)
{
	size_t i, recent = 0;
	int64_t last = 0, delay, wait;

	for (i = 0; i < n; i++) {
		if (failures[i] > now - THROTTLE_WINDOW && failures[i] <= now) {
			recent++;
			if (failures[i] > last)
				last = failures[i];
		}
	}
	if (recent < free_tries)
		return 0;
	delay = THROTTLE_BASE;
	for (i = free_tries; i < recent && delay < THROTTLE_MAX; i++)
		delay *= 2;
	if (delay > THROTTLE_MAX)
		delay = THROTTLE_MAX;
	wait = last + delay - now;
	return wait > 0 ? wait : 0;
}

int session_alive(const struct session *s, int64_t now, int64_t idle)
{
	if (idle <= 0)
		idle = SESSION_IDLE;
	return now - s->last_seen < idle && now - s->created < SESSION_MAX && now >= s->created - 60;
}
