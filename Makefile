# mailpulse - build, test, demo, bench, install.
#
# The library (src/*.c -> build/libmailpulse.a) holds every pipeline stage
# and knows nothing of libmilter; the CLI (cli/*.c) and the milter
# (milter/*.c: the mail path, the supervisor, set-up) link against it, and
# only the milter links libmilter.  Every target that runs
# something (check, demo, bench) first makes sure the Debian packages it
# needs are there (`deps`).

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
SBINDIR    ?= $(PREFIX)/sbin
MANDIR     ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share/mailpulse
DOCDIR     ?= $(PREFIX)/share/doc/mailpulse
SYSCONFDIR ?= /etc
DESTDIR    ?=

CC      ?= cc
PKGS     = gmime-3.0 glib-2.0 sqlite3 libpsl jansson gumbo libpcre2-8 libcurl libexttextcat
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Wno-unused-parameter -Wshadow -Wformat=2
CPPFLAGS_ALL = -Iinclude -D_GNU_SOURCE -DMP_DATADIR='"$(DATADIR)"' \
               -DMP_TEXTCAT_DIR='"$(shell pkg-config --variable=pkgdatadir libexttextcat)/"' \
               $(shell pkg-config --cflags $(PKGS)) $(CPPFLAGS)
# libstemmer has no pkg-config file.
LIBS     = $(shell pkg-config --libs $(PKGS)) -lstemmer -lm
MILTER_LIBS = -lmilter -lpthread
# Each object records the headers it includes (build/**/*.d); -MP keeps a
# removed header from breaking the build.
DEPFLAGS = -MMD -MP

# Debian packages needed to build and to run every test and benchmark
# (python3-yaml: the expected.yaml of tests/eval's scenario sets; libwrap0
# and m4: the private Sendmail of tests/e2e/T060-sendmail.sh,
# whose own packages that test fetches with apt-get download: installing
# Sendmail would remove Postfix).
DEB_DEPS = build-essential pkg-config libgmime-3.0-dev libsqlite3-dev sqlite3 \
           libpsl-dev publicsuffix libjansson-dev libgumbo-dev libpcre2-dev \
           libmilter-dev libcmocka-dev clang libclang-rt-14-dev \
           notmuch maildir-utils miltertest python3 time postfix man-db groff-base strace \
           chromium libwrap0 m4 python3-yaml libcurl4-openssl-dev dovecot-imapd \
           libexttextcat-dev libstemmer-dev liblinear-dev
# ... and to build and check the Debian package (`make deb`, tests/pkg).
DEB_BUILD_DEPS = debhelper dpkg-dev lintian

# The version lives in one place, the first line of the Debian changelog
# ("mailpulse (0.1.0) unstable; ..."): read with sed, since
# dpkg-parsechangelog may be absent; the epoch and Debian revision are not
# part of it.  In the package build the changelog is debian/changelog.
CHANGELOG = $(firstword $(wildcard packaging/debian/changelog debian/changelog))
VERSION  := $(shell sed -n '1{s/^[^(]*(\([^)]*\)).*/\1/;s/^[0-9]*://;s/-[^-]*$$//;p;}' $(CHANGELOG))

B        = build
LIB_SRC  = $(wildcard src/*.c)
CLI_SRC  = $(wildcard cli/*.c)
MILTER_SRC = $(wildcard milter/*.c)
MILTER_OBJ = $(MILTER_SRC:milter/%.c=$(B)/milter/%.o)
LIB_OBJ  = $(LIB_SRC:src/%.c=$(B)/src/%.o)
CLI_OBJ  = $(CLI_SRC:cli/%.c=$(B)/cli/%.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
# Small programs the corpus tests drive (tests/drivers/*.c).
DRIVER_SRC = $(wildcard tests/drivers/*.c)
DRIVER_BIN = $(DRIVER_SRC:tests/drivers/%.c=$(B)/drivers/%)

# The sanitizer build lives in its own tree so it never mixes with the
# optimised objects.
S        = build-asan
SAN      = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
S_LIB_OBJ = $(LIB_SRC:src/%.c=$(S)/src/%.o)
S_CLI_OBJ = $(CLI_SRC:cli/%.c=$(S)/cli/%.o)
S_UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(S)/tests/%)

.PHONY: all deps check check-unit check-asan check-cli check-milter check-corpus check-fuzz \
        check-hostile check-signals check-analyze check-docs check-pkg demo bench eval install deb \
        clean fuzz fuzz-build docs

all: $(B)/mailpulse $(B)/mailpulse-milter $(B)/scorer.model $(B)/relevance.model

# ---- the sentence scorer's model (issue 16) ----------------------------------
# tools/train_scorer trains it from the labelled sentences in data/training
# and, when ../shared/corpora is there, real-mail negatives read in place
# from its SpamAssassin ham (never copied into the repository); without
# them the model is trained on data/training alone and the trainer says so.
# Deterministic: the same inputs give the same model.
TRAIN_DATA = $(sort $(wildcard data/training/*.jsonl))
TRAIN_NEG  = $(addprefix ../shared/corpora/spamassassin/,easy-ham-1/cur easy-ham-2/cur hard-ham-1/cur)
$(B)/tools/train_scorer: tools/train_scorer.c $(B)/tools/train_scorer.d $(B)/libmailpulse.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ $< $(B)/libmailpulse.a $(LIBS) -llinear

$(B)/scorer.model: $(B)/tools/train_scorer $(TRAIN_DATA) data/scorer-thresholds.conf $(wildcard rules/*.rules)
	$(B)/tools/train_scorer -o $@.tmp -r rules -t data/scorer-thresholds.conf \
		$(addprefix -n ,$(TRAIN_NEG)) $(TRAIN_DATA) && mv $@.tmp $@

# ---- the business-or-personal model (issue 15) --------------------------------
# tools/train_relevance trains it from the labelled messages in
# data/relevance (independent writers; README.md there).  Deterministic.
REL_DATA = $(sort $(wildcard data/relevance/*.jsonl))
$(B)/tools/train_relevance: tools/train_relevance.c $(B)/tools/train_relevance.d $(B)/libmailpulse.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ $< $(B)/libmailpulse.a $(LIBS) -llinear

$(B)/relevance.model: $(B)/tools/train_relevance $(REL_DATA) data/relevance/threshold.conf
	$(B)/tools/train_relevance -o $@.tmp -t data/relevance/threshold.conf $(REL_DATA) && mv $@.tmp $@

$(B)/src/%.o: src/%.c $(B)/src/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) $(CFLAGS) $(WARN) -c -o $@ $<

$(B)/cli/%.o: cli/%.c $(B)/cli/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) -Icli $(CFLAGS) $(WARN) -c -o $@ $<

$(B)/milter/%.o: milter/%.c $(B)/milter/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) -Imilter $(CFLAGS) $(WARN) -c -o $@ $<

$(B)/mailpulse-milter: $(MILTER_OBJ) $(B)/libmailpulse.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(MILTER_OBJ) $(B)/libmailpulse.a $(LIBS) $(MILTER_LIBS)

$(B)/libmailpulse.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/mailpulse: $(CLI_OBJ) $(B)/libmailpulse.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libmailpulse.a $(LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/tests/%.d $(B)/libmailpulse.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) -Itests/unit $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ $< $(B)/libmailpulse.a $(LIBS) -lcmocka

# Drivers: small programs that let shell tests call the library directly.
$(B)/drivers/%: tests/drivers/%.c $(B)/drivers/%.d $(B)/libmailpulse.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libmailpulse.a $(LIBS)

# Only the two mains print the version: only they see it, and a new
# changelog entry rebuilds them.
VERSION_OBJ = $(B)/cli/mailpulse.o $(B)/milter/main.o $(S)/cli/mailpulse.o
$(VERSION_OBJ): CPPFLAGS_ALL += -DMAILPULSE_VERSION='"$(VERSION)"'
$(VERSION_OBJ): $(CHANGELOG)

# ---- sanitizer tree -------------------------------------------------------
$(S)/src/%.o: src/%.c $(S)/src/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) -O1 -g $(SAN) $(WARN) -c -o $@ $<

$(S)/cli/%.o: cli/%.c $(S)/cli/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) -Icli -O1 -g $(SAN) $(WARN) -c -o $@ $<

$(S)/libmailpulse.a: $(S_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(S)/mailpulse: $(S_CLI_OBJ) $(S)/libmailpulse.a
	$(CC) -O1 -g $(SAN) -o $@ $(S_CLI_OBJ) $(S)/libmailpulse.a $(LIBS)

$(S)/tests/%: tests/unit/%.c $(S)/tests/%.d $(S)/libmailpulse.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(DEPFLAGS) -Itests/unit -O1 -g $(SAN) $(WARN) -o $@ $< $(S)/libmailpulse.a $(LIBS) -lcmocka

# Header dependencies as the compiler saw them (-MMD -MP above): an object
# is rebuilt when a header it includes changes, and only then.  An object
# without its .d (built before -MMD) is rebuilt once to get one.
DEP_FILES = $(B)/tools/train_scorer.d $(B)/tools/train_relevance.d $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(MILTER_OBJ:.o=.d) $(UNIT_BIN:=.d) \
            $(DRIVER_BIN:=.d) $(S_LIB_OBJ:.o=.d) $(S_CLI_OBJ:.o=.d) $(S_UNIT_BIN:=.d)
$(DEP_FILES):
-include $(wildcard $(DEP_FILES))

# ---- fuzzing (clang + libFuzzer) ------------------------------------------
# One target per parser that reads untrusted bytes (tests/fuzz/fuzz_*.c):
# mail, the config file, the rule files, the accounts CSV, address headers.
# The library is compiled once with coverage and sanitizers
# (fuzzer-no-link), each target links it with libFuzzer's main.
F        = build-fuzz
FUZZ_SAN = -fsanitize=address,undefined -fno-omit-frame-pointer
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=$(F)/%)
F_LIB_OBJ = $(LIB_SRC:src/%.c=$(F)/src/%.o)
# How long `make fuzz` runs each target (make check: tests/fuzz/T010-fuzz.sh's
# default, a few seconds each).
FUZZ_SECONDS ?= 300

$(F)/src/%.o: src/%.c $(wildcard include/*.h src/*.h)
	@mkdir -p $(dir $@)
	clang $(CPPFLAGS_ALL) -O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN) -c -o $@ $<

$(F)/libmailpulse.a: $(F_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(F)/fuzz_%: tests/fuzz/fuzz_%.c $(F)/libmailpulse.a
	clang $(CPPFLAGS_ALL) -O1 -g -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(F)/libmailpulse.a $(LIBS)

fuzz-build: $(FUZZ_BIN)

# make fuzz: every target for FUZZ_SECONDS, its corpus kept in build-fuzz/corpus/
fuzz: $(FUZZ_BIN) $(B)/scorer.model $(B)/relevance.model
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_KEEP=$(F)/corpus tests/run-all.sh fuzz

# ---- dependencies ---------------------------------------------------------
deps:
	@missing=$$(for p in $(DEB_DEPS) $(DEB_BUILD_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "deps: installing $$missing"; \
		echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	else \
		echo "deps: missing Debian packages; as root run:"; \
		echo "  apt-get update && apt-get install -y --no-install-recommends $$missing"; \
		exit 1; \
	fi

# ---- tests ----------------------------------------------------------------
check: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(DRIVER_BIN) $(S)/mailpulse $(S_UNIT_BIN) $(FUZZ_BIN)
	@tests/run-all.sh

check-unit: all $(UNIT_BIN)
	@tests/run-all.sh unit

check-asan: $(S)/mailpulse $(S_UNIT_BIN) $(B)/scorer.model $(B)/relevance.model
	@tests/run-all.sh asan

check-cli: all
	@tests/run-all.sh cli

check-milter: all
	@tests/run-all.sh milter

check-pkg: deb
	@tests/run-all.sh pkg

check-corpus: $(S)/mailpulse $(DRIVER_BIN) $(B)/scorer.model $(B)/relevance.model
	@tests/run-all.sh corpus

check-fuzz: $(FUZZ_BIN) $(B)/scorer.model $(B)/relevance.model $(B)/relevance.model
	@tests/run-all.sh fuzz

check-hostile: all
	@tests/run-all.sh hostile

check-signals: all
	@tests/run-all.sh signals

check-analyze: all $(B)/drivers/analyze_driver
	@tests/run-all.sh analyze

docs: all
	sh docs/update-keys.sh docs/mailpulse.conf.5 $(B)/mailpulse

demo: deps all
	@./sample/demo.sh

# The floor of the mail path, measured beside mailpulse-milter by
# bench/postfix.sh: a milter with its negotiation that does nothing.
$(B)/bench/noop-milter: bench/noop-milter.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ $< $(MILTER_LIBS)

bench: deps all $(B)/bench/noop-milter $(B)/drivers/analyze_driver $(B)/drivers/scorer_bench
	@./bench/run.sh

# Not part of `check`: scores the judgement on scenario sets and judged real
# mail (tests/eval/README.md); takes minutes.  EVAL_EXPORT=DIR also writes
# the real mail's items for a human judge.
eval: deps all
	@tests/eval/run.sh $(if $(EVAL_EXPORT),--export $(EVAL_EXPORT))

# ---- install --------------------------------------------------------------
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	           $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(SYSCONFDIR)/mailpulse
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(DOCDIR)
	install -m 0755 $(B)/mailpulse $(DESTDIR)$(BINDIR)/mailpulse
	install -m 0755 $(B)/mailpulse-milter $(DESTDIR)$(SBINDIR)/mailpulse-milter
	install -m 0644 docs/mailpulse-milter.8 $(DESTDIR)$(MANDIR)/man8/
	install -m 0644 docs/mailpulse.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 docs/mailpulse.conf.5 $(DESTDIR)$(MANDIR)/man5/
	for f in rules/*.rules; do [ -e "$$f" ] && install -m 0644 "$$f" $(DESTDIR)$(DATADIR)/rules/ || true; done
	install -d $(DESTDIR)$(DATADIR)/data
	install -m 0644 $(B)/scorer.model $(DESTDIR)$(DATADIR)/scorer.model
	install -m 0644 $(B)/relevance.model $(DESTDIR)$(DATADIR)/relevance.model
	install -m 0644 data/textcat.conf $(DESTDIR)$(DATADIR)/data/textcat.conf
	install -m 0644 README.md docs/admin-guide.md docs/privacy.md docs/rules.md docs/signals.md \
		$(DESTDIR)$(DOCDIR)/
	[ -e $(DESTDIR)$(SYSCONFDIR)/mailpulse/mailpulse.conf ] || \
		install -m 0640 packaging/mailpulse.conf $(DESTDIR)$(SYSCONFDIR)/mailpulse/mailpulse.conf

# ---- Debian package ---------------------------------------------------------
# Built by dpkg-buildpackage in a copy of the tree under $(B)/deb (the
# source tree stays clean); packaging/debian/ becomes the copy's debian/.
deb: deps
	sh packaging/build-deb.sh $(B)/deb

clean:
	rm -rf $(B) $(S) $(F)
