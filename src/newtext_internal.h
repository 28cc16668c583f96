/*
 * newtext_internal.h - what newtext.c, newtext_quote.c and
 * newtext_signature.c share (not part of the library's interface); the
 * patterns and line tests they all use live in newtext_patterns.c.
 *
 * The text is handled as an array of lines (no line ends, no '\r').  The
 * quote pass gives every line a role; the signature pass looks at the
 * lines still marked new.
 */
#ifndef MP_NEWTEXT_INTERNAL_H
#define MP_NEWTEXT_INTERNAL_H

#include <glib.h>

typedef enum {
	NT_NEW = 0,    /* written now */
	NT_QUOTED,     /* quoted, attribution or forwarded history */
} nt_role;

/* The compiled patterns: built once per process, read-only afterwards. */
typedef struct nt_patterns {
	GRegex *attribution_verb;   /* wrote, a écrit, schrieb ... */
	GRegex *attribution_opener; /* On, Le, Am, El ... at the start */
	GRegex *date_or_time;       /* 12:30, 2017, 18.04.2017 ... */
	GRegex *original_message;   /* -----Original Message----- ... */
	GRegex *forward_marker;     /* ---------- Forwarded message ... */
	GRegex *header_field;       /* From:, Von:, De :, Objet : ... */
	GRegex *forward_subject;    /* FW:, Fwd:, WG:, TR: ... */
	GRegex *mobile_footer;      /* Sent from my iPhone ... */
	GRegex *signoff;            /* Best regards, Cordialement ... */
	GRegex *dash_name;          /* -Abhishek Kona */
	GRegex *disclaimer;         /* This email and any attachments ... */
	GRegex *phone;              /* +1 (555) 010-0123 */
	GRegex *title_word;         /* VP, Head of, Directeur, Leiter ... */
	GRegex *department_word;    /* Controlling, Contrôle de gestion ... */
	GRegex *company_form;       /* GmbH, Ltd, SAS ... */
	GRegex *field_separator;    /* between "Name | Title · Company" */
	GRegex *linking_word;       /* of, and, für, et ... inside a title */
} nt_patterns;

/* nt_patterns_get - the shared compiled patterns (thread-safe, once) */
const nt_patterns *nt_patterns_get(void);

/* nt_match - does re match anywhere in s */
gboolean nt_match(const GRegex *re, const char *s);

/* nt_is_blank - only white space */
gboolean nt_is_blank(const char *line);

/* nt_is_quote_line - a line of quoted text ("> ...") */
gboolean nt_is_quote_line(const char *line);

/* nt_is_separator - a line made only of -, _, =, * or em/en dashes (n >= 2) */
gboolean nt_is_separator(const char *line);

/* nt_quote_roles - mark each of the n lines NT_NEW or NT_QUOTED; sets
 * *forwarded when a forwarded-message block starts the history */
void nt_quote_roles(char **lines, guint n, nt_role *roles, gboolean *forwarded);

/* nt_is_mobile_footer - "Sent from my iPhone" and its kin */
gboolean nt_is_mobile_footer(const char *line);

/* nt_signature_start - index (in lines[0..n)) where the signature
 * starts, or n when there is none; from_name (may be NULL) is the
 * sender's display name */
guint nt_signature_start(char **lines, guint n, const char *from_name);

/* nt_signature_fields - name, title and phone from a signature block */
void nt_signature_fields(char **lines, guint n, const char *from_name,
                         char **name, char **title, char **phone);

#endif
