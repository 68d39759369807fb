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

/* Resident memory of this process in KiB, from /proc/self/status. */
gsize   bench_rss_kib        (void);

/* Deletes the store DB (with its WAL files) and its folder DIR. */
void    bench_remove_store   (const char *dir,
                              const char *db);

G_END_DECLS
