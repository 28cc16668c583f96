/*
 * jsonl.h - the trainers' reader of JSON Lines (data/training,
 * data/relevance): one object per line, blank lines skipped.
 *
 * jsonl_read() hands each line's object to fn, or NULL and jansson's
 * reason when the line is not JSON, with the file and line number for
 * fn's own message; it stops at the first line fn refuses.  A file that
 * cannot be opened is an error naming it, prefixed with prog.
 */
#ifndef MP_TOOLS_JSONL_H
#define MP_TOOLS_JSONL_H

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib.h>
#include <jansson.h>

typedef gboolean (*jsonl_fn)(json_t *o, const char *why, const char *path, guint line,
                             void *data);

static gboolean jsonl_read(const char *prog, const char *path, jsonl_fn fn, void *data)
{
	FILE *fp = fopen(path, "r");
	if (fp == NULL) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, g_strerror(errno));
		return FALSE;
	}
	char *line = NULL;
	size_t cap = 0;
	guint n = 0;
	gboolean ok = TRUE;
	while (ok && getline(&line, &cap, fp) > 0) {
		n++;
		if (line[strspn(line, " \t\r\n")] == '\0')
			continue;
		json_error_t err;
		json_t *o = json_loads(line, 0, &err);
		ok = fn(o, o ? NULL : err.text, path, n, data);
		json_decref(o);
	}
	free(line);
	fclose(fp);
	return ok;
}

#endif
