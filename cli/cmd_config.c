/*
 * cmd_config.c - `mailpulse config [--man-keys]`: the configuration in force.
 *
 * Every key with its value (a file mailpulse reads back the same), then a
 * comment saying where the phrase rules come from: RulesDir as set, or,
 * unset, the installed rules or the checkout's (datadir.h).
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "status.h"

int cmd_config(cli_context *ctx, int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--man-keys") == 0) {
		mp_config_print_man_keys(stdout);
		return MP_OK;
	}
	if (argc != 1)
		return cli_usage_error("config", "unexpected argument \"%s\"", argv[1]);
	int status = cli_load_config(ctx);
	if (status != MP_OK)
		return status;
	printf("# %s\n", ctx->cfg->path ? ctx->cfg->path : "(no config file: defaults)");
	mp_config_print(ctx->cfg, stdout);
	char *from = mp_config_rules_from(ctx->cfg);
	printf("# phrase rules: %s (%s)\n", ctx->cfg->rules_dir, from);
	g_free(from);
	return MP_OK;
}
