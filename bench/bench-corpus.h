/* bench-corpus.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A generated plain-text report in the importer's format: headline, outlet
 * and date header lines, then about PARAGRAPHS paragraphs of news-like text
 * with figures and dates.  Deterministic for a given RAND state. */
char   *bench_corpus_article (GRand *rand,
                              guint  index,
                              guint  paragraphs);

/* Report J of generated event EVENT: the event's companies and figures
 * in one of several wordings, so that the reports of one event make one
 * story and different events different stories.  The headline and the
 * body (paragraphs separated by blank lines) separately, and the whole
 * report in the importer's format (published on 4 May 2026 unless J is a
 * multiple of 3). */
void    bench_corpus_event       (guint   event,
                                  guint   j,
                                  char  **headline,
                                  char  **body);
char   *bench_corpus_event_article (guint event,
                                    guint j);

/* Resident memory of this process in KiB, from /proc/self/status. */
gsize   bench_rss_kib        (void);

/* Deletes the store DB (with its WAL files) and its folder DIR. */
void    bench_remove_store   (const char *dir,
                              const char *db);

G_END_DECLS
