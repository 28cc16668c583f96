/*
 * analyze_alert.c - one alert: making and freeing it.
 *
 * SUMMARY
 *	an_alert_new() makes an alert of a kind about a subject, with its
 *	severity and magnitude and an empty evidence array; the detector
 *	that raised it fills title, evidence, next step and draft.
 *	an_alert_free() frees it (usable as a GPtrArray free function).
 *	Both detectors (analyze_alerts.c, analyze_alerts_signals.c) make
 *	their alerts here.
 */
#include "analyze_internal.h"

/* an_alert_new - an alert with no evidence yet */
an_alert *an_alert_new(const char *kind, const char *subject, const char *severity,
                       double magnitude)
{
	an_alert *al = g_new0(an_alert, 1);
	al->kind = g_strdup(kind);
	al->subject = g_strdup(subject ? subject : "");
	al->severity = g_strdup(severity);
	al->magnitude = magnitude;
	al->evidence = json_array();
	return al;
}

/* an_alert_free - free an alert (GDestroyNotify) */
void an_alert_free(gpointer p)
{
	an_alert *al = p;
	g_free(al->kind);
	g_free(al->subject);
	g_free(al->severity);
	g_free(al->title);
	g_free(al->next_step);
	g_free(al->draft);
	json_decref(al->evidence);
	g_free(al);
}

