/* claimline-claims-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "claimline-claims.h"
#include "claimline-phrases.h"
#include "claimline-text.h"

G_BEGIN_DECLS

/* A name in a sentence: an organisation or person written out, or a
 * pronoun / "the company" standing for the last organisation named. */
typedef struct
{
  guint     first_word;
  guint     last_word;   /* inclusive */
  char     *name;        /* canonical: suffixes and possessive dropped */
  gboolean  is_person;
  gboolean  is_anaphor;  /* name was taken from an earlier sentence */
  gboolean  is_source;   /* the name is who the sentence cites */
} ClaimlineMention;

/* One sentence, split into words and clauses, with its names found.  One
 * is filled again for each sentence of an article, reusing its buffers. */
typedef struct
{
  const char  *text;        /* the whole article */
  gsize        start;       /* the sentence, in bytes of TEXT */
  gsize        end;
  GArray      *words;       /* ClaimlineSpan */
  char       **lower;       /* lower-cased words, possessive "'s" dropped; NULL-terminated */
  guint       *lengths;     /* strlen() of each of LOWER */
  guint        n_words;
  guint       *clause;      /* clause number of each word */
  GArray      *mentions;    /* ClaimlineMention */
  /* Per word, looked up once: its role in the entity lexicon, and the cue
   * phrases (attribute, modality, dated event, attribution) that start at
   * it.  One allocation holds these arrays, CLAUSE and LENGTHS. */
  const char             **roles;
  const ClaimlinePhrase  **attribute_cues;
  const ClaimlinePhrase  **modality_cues;
  const ClaimlinePhrase  **event_cues;
  const ClaimlinePhrase  **attribution_cues;
  gboolean     is_heading;  /* a line with no sentence punctuation */
  gboolean     opens_paragraph;
  char        *attribution; /* who the sentence cites, or NULL */
  /* the buffers kept from one sentence to the next */
  char        *lower_buffer;      /* the words of LOWER */
  gsize        lower_buffer_size;
  guint        lower_capacity;    /* pointers LOWER has room for */
  guint        word_capacity;     /* words the block of ROLES has room for */
} ClaimlineSentence;

/* What carries over from one sentence to the next. */
typedef struct
{
  const char *text;        /* the article */
  GHashTable *known_names; /* words it writes capitalised inside sentences,
                            * once asked for often enough; else NULL */
  guint name_searches;     /* words looked for before */
  char *topic;             /* what "it" and "the company" refer to now */
  gboolean topic_open;     /* this paragraph has not named its topic yet */
  char *investment_target; /* "invest … in X": the last X */
  char *investor;          /* who invests in it */
} ClaimlineDiscourse;

void               claimline_discourse_init        (ClaimlineDiscourse *discourse,
                                                    const char         *text);
void               claimline_discourse_clear       (ClaimlineDiscourse *discourse);
/* Whether the sentence at SPAN could change the discourse (its topic or the
 * investment it speaks of), judged without analysing it. */
gboolean           claimline_discourse_wants       (const ClaimlineDiscourse *discourse,
                                                    const char               *text,
                                                    ClaimlineSpan             span);

/* claimline_modality_from_string() for the LENGTH bytes at NAME. */
gboolean           claimline_modality_from_name    (const char        *name,
                                                    gsize              length,
                                                    ClaimlineModality *out_modality);

/* An empty sentence for claimline_sentence_read(). */
ClaimlineSentence *claimline_sentence_new          (void);
/* Takes apart the sentence at SPAN of TEXT into SENTENCE, replacing what it
 * held, and updates DISCOURSE with it. */
void               claimline_sentence_read         (ClaimlineSentence  *sentence,
                                                    const char         *text,
                                                    ClaimlineSpan       span,
                                                    ClaimlineDiscourse *discourse);
void               claimline_sentence_free         (ClaimlineSentence  *sentence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineSentence, claimline_sentence_free)

/* Index of the word holding byte OFFSET (or the first word after it). */
guint              claimline_sentence_word_at      (const ClaimlineSentence *sentence,
                                                    gsize                    offset);
/* The strongest modality cue for a figure whose words are FIRST..LAST. */
ClaimlineModality  claimline_sentence_modality     (const ClaimlineSentence *sentence,
                                                    guint                    first,
                                                    guint                    last);
/* The mention the figure at FIRST..LAST is about, given its attribute;
 * OUT_ACTOR receives the investor for investments.  Both may be NULL. */
const char        *claimline_sentence_subject      (const ClaimlineSentence  *sentence,
                                                    ClaimlineDiscourse       *discourse,
                                                    guint                     first,
                                                    guint                     last,
                                                    const char               *attribute,
                                                    const char              **out_actor);

G_END_DECLS
