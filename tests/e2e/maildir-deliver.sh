#!/bin/sh
# maildir-deliver.sh MAILDIR USER - the local mailer of the Sendmail test: the
# message on standard input into MAILDIR/new, Maildir style (written in
# tmp/, renamed into new/).  USER is not used: Sendmail needs $u among a
# mailer's arguments, or it speaks SMTP to the mailer.
set -e
name=$(date +%s).$$.e2e
cat >"$1/tmp/$name"
mv "$1/tmp/$name" "$1/new/$name"
