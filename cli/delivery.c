/*
 * delivery.c - what `mailpulse digest` and `mailpulse report` share:
 * reading a model file (--model) and sending a message where it was asked
 * to go (stdout, a Maildir, the MTA).
 */
#include <stdio.h>
#include "cli.h"
#include "deliver.h"
#include "status.h"

json_t *cli_read_model(const char *command, const char *path, int *status)
{
	json_error_t jerr;
	json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
	if (doc == NULL) {
		gboolean missing = jerr.line < 0 || json_error_code(&jerr) == json_error_cannot_open_file;
		*status = cli_report(command, g_error_new(MP_ERROR, missing ? MP_ERR_NOINPUT : MP_ERR_DATA,
		                                          "%s:%d: %s", path, jerr.line, jerr.text));
		return NULL;
	}
	if (!json_is_object(doc) && !json_is_array(doc)) {
		json_decref(doc);
		*status = cli_report(command, g_error_new(MP_ERROR, MP_ERR_DATA,
		                                          "%s: expected a JSON object or array", path));
		return NULL;
	}
	return doc;
}

json_t *cli_model_list(json_t *doc)
{
	json_t *list = json_array();
	if (json_is_object(doc)) {
		json_array_append(list, doc);
	} else {
		size_t i;
		json_t *m;
		json_array_foreach(doc, i, m)
			if (json_is_object(m))
				json_array_append(list, m);
	}
	return list;
}

int cli_emit_message(const char *command, GMimeMessage *msg, cli_out_mode mode,
                     const char *maildir, const mp_config *cfg)
{
	GError *error = NULL;
	gsize len;
	char *data = NULL, *path = NULL;
	int status = MP_OK;
	switch (mode) {
	case CLI_OUT_STDOUT:
		data = mp_deliver_to_string(msg, &len);
		fwrite(data, 1, len, stdout);
		break;
	case CLI_OUT_MAILDIR:
		data = mp_deliver_to_string(msg, &len);
		if (mp_deliver_maildir(maildir, data, len, &path, &error))
			printf("%s\n", path);
		else
			status = cli_report(command, error);
		break;
	case CLI_OUT_SEND:
		if (!mp_deliver_submit(msg, cfg, &error))
			status = cli_report(command, error);
		break;
	}
	g_free(path);
	g_free(data);
	return status;
}
