/*
 * rules_load.c - read the rule files (RulesDir, *.rules) and compile them once.
 *
 * SUMMARY
 *	mp_rules_load() reads every file ending in ".rules" in a directory (in
 *	name order), parses its blocks of "Field: value" lines (format in
 *	docs/rules.md), checks each rule and compiles its pattern (and its
 *	optional "unless" pattern) with PCRE2 (caseless, UTF, Unicode
 *	properties, JIT when the library has it).  The
 *	result is immutable: the worker builds a new set on SIGHUP and drops
 *	the old one only when the new one loaded without error.
 *
 * COMPETITORS
 *	"@competitors" in a pattern becomes an alternation of the Competitors
 *	config list, each name escaped, inner spaces matching any whitespace,
 *	bounded by non-word characters ("Power BI", "C++"), its first letter
 *	case-sensitive when written as a capital ("Tableau" but not the
 *	French "tableau de bord").  With an empty
 *	list it becomes (*FAIL): the rule loads but never fires, and
 *	mp_rules_competitors_missing() says so.
 *
 * LIMITS
 *	Every match runs under one match context: MATCH_LIMIT backtracking
 *	steps, DEPTH_LIMIT nested backtracking points and HEAP_LIMIT KiB, so a
 *	catastrophic pattern on a long hostile sentence gives up in
 *	milliseconds (the rule then does not fire for that sentence).
 *
 * DIAGNOSTICS
 *	mp_rules_load() reports every problem of every file, not only the
 *	first, one "FILE:LINE: message" per line, in one GError (MP_ERR_CONFIG;
 *	MP_ERR_NOINPUT when the directory cannot be read or holds no rule
 *	file): unknown or repeated field, missing field, unknown category, bad
 *	weight or applies-to, bad id, duplicate id (naming the first), and
 *	PCRE2's own message and offset for a pattern or an unless pattern
 *	that does not compile ("pattern error at offset ...", "unless error
 *	at offset ..."), a NUL byte, a byte order mark past the start of the
 *	file, a line that is not UTF-8.  Control characters in what an error
 *	echoes are escaped (\x1B).
 */
#include <math.h>
#include <string.h>
#include "rules_internal.h"
#include "status.h"

#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 5000
#define HEAP_LIMIT_KIB 4096
#define WEIGHT_MAX 10.0

static const char *const categories[] = {
	"expansion", "advocacy", "churn_risk", "competitor", "pricing",
	"escalation", "commitment", "renewal", NULL,
};

typedef enum {
	F_RULE, F_CATEGORY, F_WEIGHT, F_APPLIES, F_LABEL, F_PATTERN, F_NEGATION,
	F_UNLESS, F_EXAMPLE, F_COUNTEREXAMPLE, N_FIELDS,
} field_id;

static const char *const field_names[N_FIELDS] = {
	"rule", "category", "weight", "applies", "label", "pattern", "negation",
	"unless", "example", "counterexample",
};

/* One block being read: the last value and line of each field. */
typedef struct block {
	const char *file;
	guint first_line;
	GString *value[N_FIELDS];
	guint line[N_FIELDS];
	GPtrArray *examples; /* rule_example *, owned until handed to a rule */
	field_id last;       /* field a continuation line extends */
	gboolean any;
} block;

/* The state of one load: where errors go, what the set holds so far. */
typedef struct loader {
	mp_ruleset *rs;
	GString *errors;
	GHashTable *ids; /* id -> "FILE:LINE" of its first definition */
	const char *alternation; /* the expanded @competitors */
} loader;

/* add_error - append "FILE:LINE: message" to the load's errors; what the
 * message echoes from the file has its control characters escaped, so an
 * escape sequence in a rule file is shown, never run by the terminal */
static void G_GNUC_PRINTF(4, 5)
add_error(loader *ld, const char *file, guint line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *raw = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	char *msg = mp_escape_text(raw, -1);
	g_free(raw);
	if (ld->errors->len)
		g_string_append_c(ld->errors, '\n');
	if (line)
		g_string_append_printf(ld->errors, "%s:%u: %s", file, line, msg);
	else
		g_string_append_printf(ld->errors, "%s: %s", file, msg);
	g_free(msg);
}

/* competitor_alternation - the Competitors list as one pattern group */
static char *competitor_alternation(const GPtrArray *competitors)
{
	if (competitors == NULL || competitors->len == 0)
		return g_strdup("(*FAIL)");
	GString *alt = g_string_new("(?<!\\w)(?:");
	for (guint i = 0; i < competitors->len; i++) {
		const char *name = competitors->pdata[i];
		if (i)
			g_string_append_c(alt, '|');
		/* A capital stays a capital: "Tableau" is not the French word
		 * "tableau", "Domo" not "domo" in a URL. */
		if (g_ascii_isupper(*name))
			g_string_append_printf(alt, "(?-i:%c)", *name++);
		for (const char *p = name; *p; p++) {
			if (g_ascii_isspace(*p)) {
				while (g_ascii_isspace(p[1]))
					p++;
				g_string_append(alt, "\\s+");
			} else if (g_ascii_ispunct(*p)) {
				g_string_append_printf(alt, "\\%c", *p);
			} else {
				g_string_append_c(alt, *p);
			}
		}
	}
	g_string_append(alt, ")(?!\\w)");
	return g_string_free(alt, FALSE);
}

/* block_reset - forget the fields of the previous block */
static void block_reset(block *b, guint line)
{
	for (int f = 0; f < N_FIELDS; f++) {
		if (b->value[f])
			g_string_free(b->value[f], TRUE);
		b->value[f] = NULL;
		b->line[f] = 0;
	}
	if (b->examples)
		g_ptr_array_unref(b->examples);
	b->examples = NULL;
	b->first_line = line;
	b->any = FALSE;
}

static void example_free(gpointer p)
{
	rule_example *e = p;
	g_free(e->text);
	g_free(e);
}

static void rule_free(gpointer p)
{
	mp_rule *r = p;
	g_free(r->id);
	g_free(r->label);
	g_free(r->file);
	pcre2_code_free(r->code);
	pcre2_code_free(r->unless);
	if (r->literals)
		g_ptr_array_unref(r->literals);
	if (r->examples)
		g_ptr_array_unref(r->examples);
	g_free(r);
}

/* find_field - the field named name (lowercase), or N_FIELDS */
static field_id find_field(const char *name)
{
	for (int f = 0; f < N_FIELDS; f++)
		if (g_ascii_strcasecmp(name, field_names[f]) == 0)
			return (field_id)f;
	return N_FIELDS;
}

/* parse_weight - a signed number within [-WEIGHT_MAX, WEIGHT_MAX] */
static gboolean parse_weight(const char *s, double *out)
{
	char *end = NULL;
	double w = g_ascii_strtod(s, &end);
	if (end == s || *end != '\0' || !isfinite(w) || fabs(w) > WEIGHT_MAX)
		return FALSE;
	*out = w;
	return TRUE;
}

/* parse_applies - customer, us or anyone */
static gboolean parse_applies(const char *s, mp_side *out)
{
	static const struct { const char *name; mp_side side; } sides[] = {
		{ "customer", MP_SIDE_CUSTOMER }, { "us", MP_SIDE_US }, { "anyone", MP_SIDE_ANYONE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(sides); i++)
		if (g_ascii_strcasecmp(s, sides[i].name) == 0) {
			*out = sides[i].side;
			return TRUE;
		}
	return FALSE;
}

/* valid_id - lowercase letters, digits, '-', '_', '.'; a letter or digit first */
static gboolean valid_id(const char *id)
{
	if (!g_ascii_isalnum(*id))
		return FALSE;
	for (const char *p = id; *p; p++)
		if (!(g_ascii_islower(*p) || g_ascii_isdigit(*p) || strchr("-_.", *p)))
			return FALSE;
	return TRUE;
}

/* known_category - the interned name when category is one we know */
static const char *known_category(const char *category)
{
	for (guint i = 0; categories[i]; i++)
		if (strcmp(category, categories[i]) == 0)
			return g_intern_static_string(categories[i]);
	return NULL;
}

/* missing_fields - "weight, label" for the required fields b lacks */
static char *missing_fields(const block *b)
{
	static const field_id required[] = { F_RULE, F_CATEGORY, F_WEIGHT, F_APPLIES,
	                                     F_LABEL, F_PATTERN };
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < G_N_ELEMENTS(required); i++)
		if (b->value[required[i]] == NULL || b->value[required[i]]->len == 0)
			g_string_append_printf(s, "%s%s", s->len ? ", " : "", field_names[required[i]]);
	if (s->len == 0) {
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

/* compile_pattern - field f of b (pattern or unless) with @competitors
 * expanded, compiled; errors to the loader; the words every match
 * contains into *literals when it is not NULL */
static pcre2_code *compile_pattern(loader *ld, const block *b, field_id f,
                                   GPtrArray **literals)
{
	const char *raw = b->value[f]->str;
	gboolean expands = strstr(raw, "@competitors") != NULL;
	char *pattern = NULL;
	if (expands) {
		char **parts = g_strsplit(raw, "@competitors", -1);
		pattern = g_strjoinv(ld->alternation, parts);
		g_strfreev(parts);
		if (strcmp(ld->alternation, "(*FAIL)") == 0 && f == F_PATTERN)
			ld->rs->competitors_missing = TRUE;
	}
	char *message = NULL;
	gsize offset = 0;
	pcre2_code *code = rules_compile(expands ? pattern : raw, &message, &offset);
	if (code && literals)
		*literals = rules_literals(expands ? pattern : raw);
	if (code == NULL) {
		add_error(ld, b->file, b->line[f], "%s error at offset %zu%s: %s", field_names[f],
		          offset, expands ? " (after @competitors expansion)" : "", message);
		g_free(message);
	}
	g_free(pattern);
	return code;
}

/* check_fields - validate every field of b into r; FALSE after reporting */
static gboolean check_fields(loader *ld, const block *b, mp_rule *r)
{
	gboolean ok = TRUE;
	const char *id = b->value[F_RULE]->str;
	const char *cat = b->value[F_CATEGORY]->str;
	if (!valid_id(id)) {
		add_error(ld, b->file, b->line[F_RULE], "bad rule id \"%s\" (lowercase letters, "
		          "digits, '-', '_' and '.')", id);
		ok = FALSE;
	}
	const char *first = g_hash_table_lookup(ld->ids, id);
	if (first) {
		add_error(ld, b->file, b->line[F_RULE], "duplicate rule id \"%s\" (first at %s)",
		          id, first);
		ok = FALSE;
	}
	if ((r->category = known_category(cat)) == NULL) {
		char *list = g_strjoinv(", ", (char **)categories);
		add_error(ld, b->file, b->line[F_CATEGORY], "unknown category \"%s\" (expected %s)",
		          cat, list);
		g_free(list);
		ok = FALSE;
	}
	if (!parse_weight(b->value[F_WEIGHT]->str, &r->weight)) {
		add_error(ld, b->file, b->line[F_WEIGHT], "bad weight \"%s\" (expected a number "
		          "from -10 to 10, e.g. 3 or -2.5)", b->value[F_WEIGHT]->str);
		ok = FALSE;
	}
	if (!parse_applies(b->value[F_APPLIES]->str, &r->applies)) {
		add_error(ld, b->file, b->line[F_APPLIES], "bad applies \"%s\" (expected "
		          "customer, us or anyone)", b->value[F_APPLIES]->str);
		ok = FALSE;
	}
	r->check_negation = TRUE;
	if (b->value[F_NEGATION]) {
		const char *n = b->value[F_NEGATION]->str;
		if (g_ascii_strcasecmp(n, "ignore") == 0)
			r->check_negation = FALSE;
		else if (g_ascii_strcasecmp(n, "check") != 0) {
			add_error(ld, b->file, b->line[F_NEGATION], "bad negation \"%s\" (expected "
			          "check or ignore)", n);
			ok = FALSE;
		}
	}
	return ok;
}

/* finish_block - turn the block just read into a rule, or report why not */
static void finish_block(loader *ld, block *b)
{
	if (!b->any)
		return;
	char *missing = missing_fields(b);
	if (missing) {
		const char *id = b->value[F_RULE] ? b->value[F_RULE]->str : NULL;
		add_error(ld, b->file, b->first_line, "rule%s%s%s: missing %s", id ? " \"" : "",
		          id ? id : "", id ? "\"" : "", missing);
		g_free(missing);
		return;
	}
	mp_rule *r = g_new0(mp_rule, 1);
	gboolean ok = check_fields(ld, b, r);
	r->code = compile_pattern(ld, b, F_PATTERN, &r->literals);
	if (b->value[F_UNLESS] && b->value[F_UNLESS]->len) {
		r->unless = compile_pattern(ld, b, F_UNLESS, NULL);
		ok = ok && r->unless != NULL;
	}
	if (!ok || r->code == NULL) {
		rule_free(r);
		return;
	}
	r->id = g_strdup(b->value[F_RULE]->str);
	r->label = g_strdup(b->value[F_LABEL]->str);
	r->file = g_strdup(b->file);
	r->line = b->first_line;
	r->examples = b->examples ? g_ptr_array_ref(b->examples)
	                          : g_ptr_array_new_with_free_func(example_free);
	g_hash_table_insert(ld->ids, g_strdup(r->id), g_strdup_printf("%s:%u", r->file, r->line));
	g_ptr_array_add(ld->rs->rules, r);
}

/* add_field - a "Field: value" line into the block */
static void add_field(loader *ld, block *b, guint lineno, const char *name, const char *value)
{
	field_id f = find_field(name);
	if (f == N_FIELDS) {
		add_error(ld, b->file, lineno, "unknown field \"%s\" (expected rule, category, "
		          "weight, applies, label, pattern, negation, unless, example or "
		          "counterexample)", name);
		b->last = N_FIELDS;
		return;
	}
	if (!b->any)
		b->first_line = lineno;
	b->any = TRUE;
	b->last = f;
	if (f == F_EXAMPLE || f == F_COUNTEREXAMPLE) {
		if (b->examples == NULL)
			b->examples = g_ptr_array_new_with_free_func(example_free);
		rule_example *e = g_new0(rule_example, 1);
		e->text = g_strdup(value);
		e->line = lineno;
		e->must_fire = f == F_EXAMPLE;
		g_ptr_array_add(b->examples, e);
		return;
	}
	if (b->value[f]) {
		add_error(ld, b->file, lineno, "field \"%s\" given twice in one rule (blocks are "
		          "separated by a blank line)", field_names[f]);
		g_string_assign(b->value[f], value);
	} else {
		b->value[f] = g_string_new(value);
	}
	b->line[f] = lineno;
}

/* continue_field - an indented line extends the previous field: a pattern
 * is joined as is (split long alternations at '|'), text with a space */
static void continue_field(loader *ld, block *b, guint lineno, const char *text)
{
	if (!b->any || b->last == N_FIELDS) {
		add_error(ld, b->file, lineno, "indented line outside a field (continuation "
		          "lines follow a \"Field: value\" line)");
		return;
	}
	if (b->last == F_EXAMPLE || b->last == F_COUNTEREXAMPLE) {
		rule_example *e = b->examples->pdata[b->examples->len - 1];
		char *joined = g_strconcat(e->text, " ", text, NULL);
		g_free(e->text);
		e->text = joined;
		return;
	}
	if (b->last != F_PATTERN && b->last != F_UNLESS)
		g_string_append_c(b->value[b->last], ' ');
	g_string_append(b->value[b->last], text);
}

/* parse_line - one line of a rule file */
static void parse_line(loader *ld, block *b, guint lineno, char *line)
{
	size_t n = strlen(line);
	if (n && line[n - 1] == '\r')
		line[--n] = '\0';
	char *text = g_strstrip(g_strdup(line));
	if (*text == '#') {
		g_free(text); /* a comment, anywhere: it does not end a block */
		return;
	}
	if (*text == '\0') {
		finish_block(ld, b);
		block_reset(b, lineno + 1);
	} else if (line[0] == ' ' || line[0] == '\t') {
		continue_field(ld, b, lineno, text);
	} else {
		char *colon = strchr(text, ':');
		if (colon == NULL) {
			add_error(ld, b->file, lineno, "expected \"Field: value\", got \"%.40s\"", text);
		} else {
			*colon = '\0';
			add_field(ld, b, lineno, g_strstrip(text), g_strstrip(colon + 1));
		}
	}
	g_free(text);
}

/* load_file - every rule of one file into the loader.  Lines are cut at
 * '\n' over the whole length read, so a NUL byte is an error on its line
 * and never the silent end of the file; so is a byte order mark anywhere
 * but at the very start (skipped there: editors write one) and a line
 * that is not UTF-8. */
static void load_file(loader *ld, const char *path)
{
	char *contents = NULL;
	gsize len = 0;
	GError *err = NULL;
	if (!g_file_get_contents(path, &contents, &len, &err)) {
		add_error(ld, path, 0, "cannot read: %s", err->message);
		g_error_free(err);
		return;
	}
	block b = { .file = path, .first_line = 1, .last = N_FIELDS };
	const char *p = contents, *end = contents + len;
	if (len >= 3 && memcmp(p, MP_UTF8_BOM, 3) == 0)
		p += 3;
	for (guint lineno = 1; p < end; lineno++) {
		const char *nl = memchr(p, '\n', (gsize)(end - p));
		gsize n = nl ? (gsize)(nl - p) : (gsize)(end - p);
		if (memchr(p, '\0', n) != NULL)
			add_error(ld, path, lineno, "a NUL byte: the file is binary or corrupt, not a text file");
		else if (g_strstr_len(p, (gssize)n, MP_UTF8_BOM) != NULL)
			add_error(ld, path, lineno, "a byte order mark (U+FEFF) inside the file (only the "
			          "very start of a file may have one)");
		else if (!g_utf8_validate(p, (gssize)n, NULL))
			add_error(ld, path, lineno, "not UTF-8 (rule files are UTF-8 text)");
		else {
			char *line = g_strndup(p, n);
			parse_line(ld, &b, lineno, line);
			g_free(line);
		}
		p += n + 1;
	}
	finish_block(ld, &b);
	block_reset(&b, 0);
	g_free(contents);
}

/* compare_names - g_ptr_array_sort order for file names */
static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* rule_files - the *.rules names in dir, sorted; NULL with error */
static GPtrArray *rule_files(const char *dir, GError **error)
{
	GError *err = NULL;
	GDir *d = g_dir_open(dir, 0, &err);
	if (d == NULL) {
		g_set_error(error, MP_ERROR, MP_ERR_NOINPUT, "%s: %s", dir, err->message);
		g_error_free(err);
		return NULL;
	}
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(d)) != NULL)
		if (g_str_has_suffix(name, ".rules") && name[0] != '.')
			g_ptr_array_add(files, g_build_filename(dir, name, NULL));
	g_dir_close(d);
	g_ptr_array_sort(files, compare_names);
	if (files->len == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_NOINPUT, "%s: no *.rules file", dir);
		g_ptr_array_unref(files);
		return NULL;
	}
	return files;
}

/* new_ruleset - an empty set with its match context and helper patterns */
static mp_ruleset *new_ruleset(const GPtrArray *competitors)
{
	mp_ruleset *rs = g_new0(mp_ruleset, 1);
	rs->rules = g_ptr_array_new_with_free_func(rule_free);
	rs->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(rs->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(rs->mctx, HEAP_LIMIT_KIB);
	rules_negation_init(rs);
	rs->dates = rules_date_new();
	if (competitors && competitors->len)
		rs->first_competitor = g_strdup(competitors->pdata[0]);
	return rs;
}

/* mp_rules_load - see rules.h */
mp_ruleset *mp_rules_load(const char *dir, const GPtrArray *competitors, GError **error)
{
	GPtrArray *files = rule_files(dir, error);
	if (files == NULL)
		return NULL;
	char *alternation = competitor_alternation(competitors);
	loader ld = {
		.rs = new_ruleset(competitors),
		.errors = g_string_new(NULL),
		.ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
		.alternation = alternation,
	};
	for (guint i = 0; i < files->len; i++)
		load_file(&ld, files->pdata[i]);
	mp_ruleset *rs = ld.rs;
	rs->prefilter = rules_prefilter_new(rs->rules);
	if (ld.errors->len) {
		g_set_error_literal(error, MP_ERROR, MP_ERR_CONFIG, ld.errors->str);
		mp_rules_free(rs);
		rs = NULL;
	}
	g_string_free(ld.errors, TRUE);
	g_hash_table_unref(ld.ids);
	g_free(alternation);
	g_ptr_array_unref(files);
	return rs;
}

/* mp_rules_free - release the set and every compiled pattern; NULL is fine */
void mp_rules_free(mp_ruleset *rs)
{
	if (rs == NULL)
		return;
	g_ptr_array_unref(rs->rules);
	pcre2_match_context_free(rs->mctx);
	pcre2_code_free(rs->cue_before);
	pcre2_code_free(rs->cue_after);
	pcre2_code_free(rs->clause_break);
	pcre2_code_free(rs->new_subject);
	rules_date_free(rs->dates);
	rules_prefilter_free(rs->prefilter);
	g_free(rs->first_competitor);
	mp_scorer_free(rs->scorer);
	mp_scorer_free(rs->relevance);
	g_free(rs);
}

guint mp_rules_count(const mp_ruleset *rs)
{
	return rs ? rs->rules->len : 0;
}

/* mp_rules_get - the public facts of rule i */
void mp_rules_get(const mp_ruleset *rs, guint i, mp_rule_info *info)
{
	const mp_rule *r = rs->rules->pdata[i];
	*info = (mp_rule_info){ r->category, r->id, r->label, r->weight, r->applies,
	                        r->file, r->line };
}

const char *const *mp_rules_categories(void)
{
	return categories;
}

gboolean mp_rules_competitors_missing(const mp_ruleset *rs)
{
	return rs->competitors_missing;
}
