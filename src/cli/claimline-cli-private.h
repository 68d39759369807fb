/* claimline-cli-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n.h>
#include <stdio.h>

#include "claimline-store.h"

G_BEGIN_DECLS

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  char                 *db_path;
  gboolean              json;
  ClaimlineArticleSort  sort;
  guint                 limit;
  char                 *dct;     /* --dct YYYY-MM-DD for inputs without a date */
  GPtrArray            *args;
} CliOptions;

void            claimline_cli_print_error  (const char *format,
                                            ...) G_GNUC_PRINTF (1, 2);
/* The store --db names, else the user's store. */
ClaimlineStore *claimline_cli_open_store   (CliOptions *options);
/* The store --db names, else a private in-memory store when files are
 * given, else the user's store. */
ClaimlineStore *claimline_cli_open_working_store (CliOptions *options);
/* Imports a file or URL (applying --dct) into STORE; FALSE after printing
 * the reason. */
gboolean        claimline_cli_import_one   (CliOptions     *options,
                                            ClaimlineStore *store,
                                            const char     *argument,
                                            gint64         *out_id,
                                            gboolean       *out_added);

int             claimline_cli_run_import   (CliOptions *options);
int             claimline_cli_run_list     (CliOptions *options);
int             claimline_cli_run_show     (CliOptions *options);
int             claimline_cli_run_search   (CliOptions *options);
int             claimline_cli_run_claims   (CliOptions *options);
int             claimline_cli_run_dates    (CliOptions *options);

G_END_DECLS
