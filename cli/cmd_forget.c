/*
 * cmd_forget.c - `mailpulse forget [--dry-run] [--json] ADDRESS|DOMAIN`.
 *
 * Erases a person (an address) or a whole customer (a domain, subdomains
 * included) from every table, the full-text index and the spool, and
 * leaves no copy in the database file (store_erase.c, FORGET; forget.c for
 * what counts as naming them).  Prints what it removed, per table, plus
 * the spool files.  --dry-run counts the same rows and files and changes
 * nothing.
 *
 * The company's own domains are refused: forgetting one would erase
 * every message.  So is a public suffix (co.uk, com, github.io: the Public
 * Suffix List), which names many companies at once.  An employee's
 * address is accepted.
 *
 * ORDER
 *	The spool files go while the transaction holds the write lock, so the
 *	worker cannot store one of them in between; a file it had already read
 *	could still be stored after, which is why docs/privacy.md has the admin
 *	add the person to NeverCapture (and reload) first.
 */
#include <getopt.h>
#include <stdio.h>
#include "classify.h"
#include "cli.h"
#include "forget.h"
#include "status.h"

/* forget_run - the database, then the spool (see ORDER) */
static json_t *forget_run(mp_store *st, const mp_config *cfg, gboolean dry_run, void *data,
                          GError **error)
{
	mp_forget *f = data;
	json_t *counts = mp_store_forget(st, f, error);
	guint files = 0;
	if (counts != NULL && !mp_forget_spool(f, cfg->spool_dir, dry_run, &files, error)) {
		json_decref(counts);
		return NULL;
	}
	if (counts != NULL) {
		json_t *spool = json_object();
		json_object_set_new(spool, "deleted", json_integer(files));
		json_object_set_new(spool, "changed", json_integer(0));
		json_object_set_new(counts, "spool files", spool);
	}
	return counts;
}

/* is_company_domain - the target is, contains or lies in InternalDomains */
static gboolean is_company_domain(const mp_config *cfg, const mp_forget *f)
{
	if (!mp_forget_is_domain(f))
		return FALSE;
	mp_classifier *c = mp_classifier_new(cfg);
	gboolean ours = mp_is_internal_domain(c, mp_forget_target(f));
	for (guint i = 0; !ours && cfg->internal_domains && i < cfg->internal_domains->len; i++)
		ours = mp_forget_covers(f, cfg->internal_domains->pdata[i]);
	mp_classifier_free(c);
	return ours;
}

/* is_public_suffix - the target is a domain the PSL lists as a suffix */
static gboolean is_public_suffix(const mp_config *cfg, const mp_forget *f)
{
	if (!mp_forget_is_domain(f))
		return FALSE;
	mp_classifier *c = mp_classifier_new(cfg);
	gboolean suffix = mp_is_public_suffix(c, mp_forget_target(f));
	mp_classifier_free(c);
	return suffix;
}

int cmd_forget(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	cli_erase e = { .command = "forget", .vacuum = TRUE, .run = forget_run };
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'n': e.dry_run = TRUE; break;
		case 'j': e.json = TRUE; break;
		default: return cli_usage_error("forget", "bad option");
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error("forget", optind >= argc ? "missing ADDRESS or DOMAIN"
		                                                : "one ADDRESS or DOMAIN at a time");
	GError *error = NULL;
	mp_forget *f = mp_forget_new(argv[optind], &error);
	if (f == NULL) {
		int usage = cli_usage_error("forget", "%s", error->message);
		g_error_free(error);
		return usage;
	}
	int status = cli_load_config(ctx);
	if (status == MP_OK && is_company_domain(ctx->cfg, f)) {
		fprintf(stderr, "mailpulse: forget: %s is one of the company's own domains "
		                "(InternalDomains): forgetting it would erase every message\n",
		        mp_forget_target(f));
		status = MP_ERR_USAGE;
	}
	if (status == MP_OK && is_public_suffix(ctx->cfg, f)) {
		fprintf(stderr, "mailpulse: forget: %s is a public suffix (Public Suffix List): it "
		                "names many companies at once; forget each customer domain under it\n",
		        mp_forget_target(f));
		status = MP_ERR_USAGE;
	}
	if (status == MP_OK) {
		e.what = mp_forget_target(f);
		e.data = f;
		status = cli_run_erase(ctx, &e);
	}
	mp_forget_free(f);
	return status;
}
