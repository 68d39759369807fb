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
  char                 *format;  /* --format of the brief */
  int                   date_order; /* a ClaimlineDateOrder, from --date-order */
  char                 *svg_path; /* timeline --svg OUT.svg */
  char                 *png_path; /* timeline --png OUT.png */
  char                 *title;   /* add-feed --title */
  char                 *folder;  /* add-feed, rename-feed --folder */
  gboolean              delete_articles; /* remove-feed --delete-articles */
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

/* An article to report on, with the name the output gives it. */
typedef struct
{
  gint64  id;
  char   *label;
} Target;

/* The files given (imported first), or every stored article: Target. */
GArray         *claimline_cli_collect_targets (CliOptions     *options,
                                               ClaimlineStore *store);

int             claimline_cli_run_import   (CliOptions *options);
int             claimline_cli_run_list     (CliOptions *options);
int             claimline_cli_run_show     (CliOptions *options);
int             claimline_cli_run_search   (CliOptions *options);
int             claimline_cli_run_claims   (CliOptions *options);
int             claimline_cli_run_dates    (CliOptions *options);
int             claimline_cli_run_compare  (CliOptions *options);
int             claimline_cli_run_timeline (CliOptions *options);
int             claimline_cli_run_brief    (CliOptions *options);
/* feeds (claimline-cli-feeds.c) */
int             claimline_cli_run_add_feed    (CliOptions *options);
int             claimline_cli_run_feeds       (CliOptions *options);
int             claimline_cli_run_rename_feed (CliOptions *options);
int             claimline_cli_run_remove_feed (CliOptions *options);
int             claimline_cli_run_refresh     (CliOptions *options);
int             claimline_cli_run_opml_import (CliOptions *options);
int             claimline_cli_run_opml_export (CliOptions *options);

G_END_DECLS
