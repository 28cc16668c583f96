/*
 * cmd_rules.c - `mailpulse rules check [DIR]`, `mailpulse rules test ...`.
 *
 * check compiles every rule file of DIR (RulesDir by default) with the
 * configured Competitors, then runs each rule's example and
 * counterexample lines.  Every problem is printed on standard error as
 * "FILE:LINE: message", the form editors jump to, and the exit status is
 * 78 (EX_CONFIG); on success it prints how many rules each category has.
 * A worker given the same directory would load exactly these rules.
 *
 * test runs the rules on a text (the new text of a message, as an admin
 * pastes it) and prints each hit: category, rule, weight, due date, and
 * the evidence sentence; the admin's way to see what a new rule does.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "cli.h"
#include "rules.h"
#include "scorer.h"
#include "status.h"

/* load_rules - the rule set of dir with the configured Competitors;
 * prints every error and returns NULL with *status set */
static mp_ruleset *load_rules(cli_context *ctx, const char *dir, int *status)
{
	if ((*status = cli_load_config(ctx)) != MP_OK)
		return NULL;
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(dir ? dir : ctx->cfg->rules_dir, ctx->cfg->competitors,
	                               &error);
	if (rs == NULL) {
		/* One problem per line, unprefixed, so FILE:LINE starts each. */
		fprintf(stderr, "%s\n", error->message);
		*status = mp_status_exit_code(error);
		fprintf(stderr, "mailpulse: rules: %s: rules not loaded\n",
		        dir ? dir : ctx->cfg->rules_dir);
		g_error_free(error);
	} else if (!mp_rules_use_model(rs, ctx->cfg->model_path, &error)) {
		fprintf(stderr, "mailpulse: rules: %s\n", error->message);
		*status = mp_status_exit_code(error);
		g_error_free(error);
		mp_rules_free(rs);
		rs = NULL;
	}
	return rs;
}

/* print_explain - per sentence: the rules that fire or are vetoed, the
 * model's score per category (* where it raises one) and, for the
 * categories that fire or score highest, the features that pushed it */
static void print_explain(const GPtrArray *reports)
{
	const char *const *cats = mp_rules_categories();
	for (guint i = 0; i < reports->len; i++) {
		const mp_sentence_report *r = reports->pdata[i];
		printf("sentence %u [%s]: %s\n", i + 1, r->lang, r->sentence);
		for (guint c = 0; c < MP_SCORER_CATEGORIES; c++) {
			gboolean rule = r->rule_fired & (1u << c), veto = r->rule_vetoed & (1u << c);
			gboolean model = r->model_fired & (1u << c);
			if (!rule && !veto && !model && !(r->scored && r->prob[c] >= 0.2))
				continue;
			printf("    %-11s rule %-7s model %s%s", cats[c],
			       rule ? "fires" : veto ? "vetoes" : "-", r->scored ? "" : "not run",
			       model ? "raises " : "");
			if (r->scored)
				printf("%.2f", r->prob[c]);
			if (r->top[c] && r->top[c]->len) {
				printf("  top:");
				for (guint j = 0; j < r->top[c]->len; j++)
					printf(" %s", (char *)r->top[c]->pdata[j]);
			}
			printf("\n");
		}
	}
}

/* print_counts - rules per category, in the categories' order */
static void print_counts(const mp_ruleset *rs, const char *dir, guint examples)
{
	printf("%s: %u rules, %u examples checked\n", dir, mp_rules_count(rs), examples);
	for (const char *const *c = mp_rules_categories(); *c; c++) {
		guint n = 0;
		for (guint i = 0; i < mp_rules_count(rs); i++) {
			mp_rule_info info;
			mp_rules_get(rs, i, &info);
			n += strcmp(info.category, *c) == 0;
		}
		printf("  %-12s %3u\n", *c, n);
	}
	if (mp_rules_competitors_missing(rs))
		printf("note: Competitors is empty: rules naming @competitors never fire\n");
}

/* rules_check - compile and self-test; 0, or 78 with every problem */
static int rules_check(cli_context *ctx, int argc, char **argv)
{
	if (argc > 2)
		return cli_usage_error("rules", "check takes at most one DIR");
	int status;
	mp_ruleset *rs = load_rules(ctx, argc == 2 ? argv[1] : NULL, &status);
	if (rs == NULL)
		return status;
	const char *dir = argc == 2 ? argv[1] : ctx->cfg->rules_dir;
	GError *error = NULL;
	guint examples = 0;
	if (!mp_rules_selftest(rs, &examples, &error)) {
		fprintf(stderr, "%s\nmailpulse: rules: %s: examples disagree with their rules\n",
		        error->message, dir);
		status = mp_status_exit_code(error);
		g_error_free(error);
	} else {
		print_counts(rs, dir, examples);
	}
	mp_rules_free(rs);
	return status;
}

/* hit_row - one hit as a JSON object */
static json_t *hit_row(const mp_rule_hit *h)
{
	return json_pack("{s:s, s:s, s:s, s:f, s:s?, s:s}", "category", h->category, "rule",
	                 h->rule, "label", h->label, "weight", h->weight, "due_date", h->due_date,
	                 "evidence", h->evidence);
}

/* print_hits - the text form: one line of facts, then the evidence */
static void print_hits(const GPtrArray *hits)
{
	for (guint i = 0; i < hits->len; i++) {
		const mp_rule_hit *h = hits->pdata[i];
		json_t *ev = json_string(h->evidence);
		char *evidence = cli_value_text(ev);
		printf("%-11s %-28s %+5.1f  %-10s  %s\n    %s\n", h->category, h->rule, h->weight,
		       h->due_date ? h->due_date : "-", h->label, evidence);
		g_free(evidence);
		json_decref(ev);
	}
	if (hits->len == 0)
		printf("no rule fires\n");
}

/* read_inputs - the --text, or the files ('-' is standard input) */
static char *read_inputs(int argc, char **argv, const char *text, int *status)
{
	if (text)
		return g_strdup(text);
	GString *all = g_string_new(NULL);
	for (int i = optind; i < argc; i++) {
		char *contents = NULL;
		GError *error = NULL;
		gboolean ok = strcmp(argv[i], "-") == 0
		                      ? g_file_get_contents("/dev/stdin", &contents, NULL, &error)
		                      : g_file_get_contents(argv[i], &contents, NULL, &error);
		if (!ok) {
			fprintf(stderr, "mailpulse: rules: %s\n", error->message);
			g_error_free(error);
			*status = MP_ERR_NOINPUT;
			g_string_free(all, TRUE);
			return NULL;
		}
		g_string_append_printf(all, "%s\n\n", contents);
		g_free(contents);
	}
	return g_string_free(all, FALSE);
}

/* rules_test - which rules fire on a text */
static int rules_test(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "text", required_argument, NULL, 't' },
		{ "us", no_argument, NULL, 'u' },
		{ "date", required_argument, NULL, 'D' },
		{ "rules", required_argument, NULL, 'r' },
		{ "json", no_argument, NULL, 'j' },
		{ "explain", no_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 },
	};
	const char *text = NULL, *dir = NULL;
	gboolean explain = FALSE;
	mp_side side = MP_SIDE_CUSTOMER;
	gint64 date = ctx->as_of ? ctx->as_of : (gint64)time(NULL);
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 't': text = optarg; break;
		case 'u': side = MP_SIDE_US; break;
		case 'D':
			if (!cli_parse_date(optarg, FALSE, &date))
				return cli_usage_error("rules", "--date: expected YYYY-MM-DD");
			date += 12 * 3600; /* midday: the same calendar day in any zone */
			break;
		case 'r': dir = optarg; break;
		case 'j': json = TRUE; break;
		case 'e': explain = TRUE; break;
		default: return cli_usage_error("rules", "bad option");
		}
	}
	if ((text == NULL) == (optind >= argc))
		return cli_usage_error("rules", "test needs --text TEXT or FILE..., not both");
	int status = MP_OK;
	char *input = read_inputs(argc, argv, text, &status);
	if (input == NULL)
		return status;
	mp_ruleset *rs = load_rules(ctx, dir, &status);
	if (rs != NULL) {
		GPtrArray *hits = mp_rules_match(rs, input, side, date);
		if (json) {
			json_t *rows = json_array();
			for (guint i = 0; i < hits->len; i++)
				json_array_append_new(rows, hit_row(hits->pdata[i]));
			cli_print_json(rows);
			json_decref(rows);
		} else {
			print_hits(hits);
		}
		if (explain && !json) {
			GPtrArray *reports = mp_rules_explain(rs, input, side, 4);
			print_explain(reports);
			g_ptr_array_unref(reports);
		}
		g_ptr_array_unref(hits);
		mp_rules_free(rs);
	}
	g_free(input);
	return status;
}

int cmd_rules(cli_context *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error("rules", "missing subcommand (check or test)");
	if (strcmp(argv[1], "check") == 0)
		return rules_check(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "test") == 0)
		return rules_test(ctx, argc - 1, argv + 1);
	return cli_usage_error("rules", "unknown subcommand \"%s\" (check or test)", argv[1]);
}
