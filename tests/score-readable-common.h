/* score-readable-common.h: what the main-text scorers share
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit status that tells `meson test` a test was skipped. */
#define SCORE_SKIP 77

/* The folder of corpus NAME below $CLAIMLINE_SHARED_DIR/corpora, or NULL
 * (with a message saying why) when it is not there. */
char      *score_corpus_dir      (const char  *name);

GBytes    *score_read_file       (const char  *path);

/* The uncompressed bytes of a gzip file. */
GBytes    *score_read_gzip_file  (const char  *path);

/* The words of TEXT: runs of letters, digits, numerals and "_" (the \w of
 * Unicode regular expressions). */
GPtrArray *score_words           (const char  *text);

/* Matches of two texts as multisets of word n-grams ("shingles"); a text
 * shorter than N words is one shingle of all its words. */
typedef struct
{
  double true_positives;
  double false_positives;
  double false_negatives;
} ScoreCounts;

ScoreCounts score_compare        (GPtrArray   *predicted,
                                  GPtrArray   *expected,
                                  guint        n);

/* Precision and recall averaged over documents, as the article extraction
 * benchmark reports them: a document with no prediction has no precision,
 * one with no expected text no recall, and one without a single error
 * scores 1 on both. */
typedef struct
{
  double precision_sum;
  guint  precision_documents;
  double recall_sum;
  guint  recall_documents;
} ScoreMeans;

void   score_means_add           (ScoreMeans        *means,
                                  const ScoreCounts *counts);
double score_means_precision     (const ScoreMeans  *means);
double score_means_recall        (const ScoreMeans  *means);
double score_means_f1            (const ScoreMeans  *means);

/* The F1 of one document's counts. */
double score_counts_f1           (const ScoreCounts *counts);

G_END_DECLS
