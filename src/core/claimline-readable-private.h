/* claimline-readable-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "claimline-readable.h"

G_BEGIN_DECLS

/* Class and id hints, from the readable-hints lexicon. */
typedef struct _ReadableHints ReadableHints;

ReadableHints *readable_hints_new          (void);
void           readable_hints_free         (ReadableHints *hints);
/* The summed weight of the tokens of a class or id value, setting
 * OUT_ARTICLE when one of them hints at the article; repeated class values
 * are looked up once per page. */
int            readable_hints_weigh_class  (ReadableHints *hints,
                                            const char    *value,
                                            gboolean      *out_article);
int            readable_hints_weigh_id     (ReadableHints *hints,
                                            const char    *value,
                                            gboolean      *out_article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadableHints, readable_hints_free)

/* Fills the metadata fields of READABLE from the <head>, JSON-LD blocks and
 * marked-up elements of DOC. */
void           readable_read_metadata      (xmlDoc            *doc,
                                            const char        *page_url,
                                            ClaimlineReadable *readable);

/* The value of attribute NAME of ELEMENT without a copy, or NULL. */
const char    *readable_attribute          (xmlNode           *element,
                                            const char        *name);

/* What the extractor knows of one element; element->_private points here
 * while a page is read. */
typedef enum
{
  NODE_SKIP         = 1 << 0,  /* never text: scripts, controls, hidden elements */
  NODE_BLOCK        = 1 << 1,  /* starts a paragraph */
  NODE_HEADING      = 1 << 2,
  NODE_LINK         = 1 << 3,
  NODE_FURNITURE    = 1 << 4,  /* page furniture by its tag, role or class */
  NODE_DROPPED      = 1 << 5,  /* furniture left out of the last reading */
  NODE_JUNK         = 1 << 6,  /* link lists and teasers inside the article */
  NODE_PRE          = 1 << 7,
  NODE_WRAPPER      = 1 << 8,  /* furniture by its class, but holding most of the text */
  NODE_ITEM         = 1 << 9,  /* a list item or table cell */
  NODE_CELL         = 1 << 10, /* a table cell: its text runs on in the row */
  NODE_PARAGRAPH    = 1 << 11, /* a paragraph, heading or item, never the article */
  NODE_ARTICLE_HINT = 1 << 12, /* a word of its class or id hints at the article */
  NODE_REPEATED     = 1 << 13, /* a sibling next to it has the same tag and class */
  NODE_TEASER       = 1 << 14, /* one of a run of cards: a linked title and a blurb */
} ReadableNodeFlags;

typedef struct
{
  xmlNode *element;
  double   total;           /* summed weight of the paragraphs below */
  double   positive;        /* the same, counting only the paragraphs that read as text */
  guint    units;           /* visible characters below, CJK ones counted thrice */
  guint    link_units;      /* the part of UNITS inside links */
  gboolean opens_with_link; /* the first paragraph below is one link of a few words */
  int      hint;            /* class, id and role weight */
  guint    flags;           /* ReadableNodeFlags */
  guint    reading;         /* the reading of the page that last counted this node */
} ReadableNode;

static inline ReadableNode *
readable_node (xmlNode *element)
{
  return element->_private;
}

/* The visible text of TOP, one string per paragraph: elements flagged
 * SKIP, DROPPED or JUNK are left out, blocks and <br> break paragraphs. */
GPtrArray     *readable_write_paragraphs   (xmlNode           *top);

/* The text of the article below ROOT (the <body>, or the root element of a
 * page without one) as paragraphs separated by "\n\n", without a first
 * paragraph repeating TITLE.  Sets OUT_CONFIDENT to whether a main block
 * was found; without one, the text is the whole body minus scripts and
 * page furniture. */
char          *readable_main_text          (xmlNode           *root,
                                            const char        *title,
                                            gboolean          *out_confident);

G_END_DECLS
