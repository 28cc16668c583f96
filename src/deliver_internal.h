/*
 * deliver_internal.h - what the deliver_*.c files share and nobody else
 * sees: reading a model safely, making its strings harmless, and the
 * small formats both parts use (ARR, hours, sparkline levels).
 */
#ifndef MP_DELIVER_INTERNAL_H
#define MP_DELIVER_INTERNAL_H

#include <glib.h>
#include <jansson.h>

/* Longest piece of customer text shown (evidence, subject, draft), in
 * characters: a digest is read in a minute, the rest is one command away. */
#define DL_MAX_TEXT 600
#define DL_MAX_LINE 160 /* titles, names, next steps */

/* dl_str - obj[key] when it is a string, else NULL */
const char *dl_str(json_t *obj, const char *key);
/* dl_num - obj[key] (or v itself when key is NULL) as a number; FALSE when
 * missing, null or not a number */
gboolean dl_num(json_t *obj, const char *key, double *out);
/* dl_array - obj[key] when it is an array, else NULL (json_array_foreach
 * and json_array_size treat NULL as empty) */
json_t *dl_array(json_t *obj, const char *key);

/* dl_clean - s as one harmless line: valid UTF-8, every control character
 * (CR, LF, TAB, ESC ...) and bidirectional override a space, runs of
 * spaces one, cut to max characters with "..." ("" for NULL) */
char *dl_clean(const char *s, glong max);

/* dl_width - display columns of UTF-8 text (wide characters count 2) */
glong dl_width(const char *s);

/* dl_money - 240000 -> "240k", 1250000 -> "1.25M", 900 -> "900" */
char *dl_money(double v);

/* dl_level - a 0-100 value to 0..levels-1 relative to [lo, hi] */
int dl_level(double v, double lo, double hi, int levels);

/* dl_trend_range - the scale of a sparkline: min and max of the non-null
 * values, widened to at least 20 points so a flat line stays flat; FALSE
 * when there is no value at all */
gboolean dl_trend_range(json_t *trend, double *lo, double *hi);

/* dl_health_word - "healthy" (>= 70), "watch" (>= 50), "at risk", or
 * "unknown" for no score */
const char *dl_health_word(gboolean known, double health);

/* dl_severity_rank - high 0, medium 1, low 2, anything else 3 */
int dl_severity_rank(const char *severity);

/* dl_kind_label - "health_drop" -> "Health drop" (known kinds), else the
 * kind cleaned */
char *dl_kind_label(const char *kind);
/* dl_title_after_label - the title without a leading "LABEL:" that the
 * renderer prints before it anyway ("Gone quiet: Gone quiet: ..." is
 * said once); the title itself when it does not start so */
const char *dl_title_after_label(const char *title, const char *label);

/* dl_count_new - new alerts of one account */
guint dl_count_new(json_t *account);

/* dl_feedback_address - the model's "feedback_address" when it is one
 * plain address, else NULL: the digest then has no feedback links */
const char *dl_feedback_address(json_t *model);
/* dl_feedback_code - the alert's "feedback" token (feedback.h) when it is
 * well formed, else NULL */
const char *dl_feedback_code(json_t *alert);

/* ---- deliver_text.c: the text part's building blocks ---- */

/* dl_text_wrap - cleaned text word-wrapped to MP_DELIVER_TEXT_WIDTH, the
 * first line indented by first columns, the others by rest; a word wider
 * than a line is broken; ends with a newline */
void dl_text_wrap(GString *out, const char *text, int first, int rest);
/* dl_text_cell - text cut or padded to exactly width columns */
void dl_text_cell(GString *out, const char *text, int width, gboolean right);
/* dl_text_rule - a full-width line of c */
void dl_text_rule(GString *out, char c);
/* dl_text_sparkline - the last max_points values as block characters, a
 * space for a day without a score */
void dl_text_sparkline(GString *out, json_t *trend, int max_points);

/* ---- deliver_html.c: the HTML part's building blocks ---- */

/* dl_html_text - customer text cleaned (dl_clean), cut to max characters,
 * escaped, with a break opportunity (<wbr>) inside long words */
void dl_html_text(GString *out, const char *raw, glong max);
/* dl_html_open - doctype, head (title), body and the centred 640px card;
 * preheader is the hidden line mail clients show in the list */
void dl_html_open(GString *out, const char *title, const char *preheader);
/* dl_html_close - the footer line and the closing tags */
void dl_html_close(GString *out, const char *footer);
/* dl_html_health_bar - a 0-100 bar of width px in the health's colour,
 * or a grey "no score" bar */
void dl_html_health_bar(GString *out, gboolean known, double health, int width);
/* dl_html_sparkline - the last max_points values as a row of bars */
void dl_html_sparkline(GString *out, json_t *trend, int max_points);
/* dl_health_color - green, amber, red or grey */
const char *dl_health_color(gboolean known, double health);

#endif
