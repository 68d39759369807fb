/* claimline-readable-score.c: finding the article block of a page
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is read as a sequence of paragraphs: runs of text between block
 * boundaries, each owned by its nearest block element.  A paragraph weighs
 * what it reads like: its words, less a fixed cost that short labels do
 * not pay back, plus a little for commas and a closing full stop; a
 * paragraph made mostly of links weighs against its container.  Every
 * element sums the weights below it, and the container with the largest
 * sum is the article: it gathers the text-like paragraphs up to the point
 * where taking in more of the page would add more furniture than text.
 *
 * Furniture (navigation, sidebars, comments, share bars, found by tag,
 * ARIA role or class/id words) is left out of the reading that chooses,
 * except furniture by class that turns out to wrap the article; runs of
 * teaser cards count against their container however well they read.
 * Inside the chosen block, link lists and teasers are left out of the text.
 */

#include <string.h>

#include "claimline-readable-private.h"
#include "claimline-text-decode.h"

/* The weights below were set on the test corpora of tests/score-*.c. */

/* Words a paragraph must have before it counts for its container: menus,
 * labels and captions stay below, sentences rise above. */
#define PARAGRAPH_COST 10.0
/* Characters per word, for the scripts that separate words by spaces. */
#define CHARS_PER_WORD 6.0
/* Commas counted at most, per paragraph. */
#define MAX_COMMAS 6
/* A paragraph with more of its text in links is a link list; it weighs
 * LINK_COST plus LINK_WORD_COST per linked word against its container. */
#define LINK_LIST_DENSITY 0.5
#define LINK_COST 5.0
#define LINK_WORD_COST 0.2
/* Furniture weighs half as much as text: a container's junk is mostly
 * cleaned out of it afterwards. */
#define NEGATIVE_SCALE 0.5
/* What one block (an embedded chart, a box of links) can take off the sum
 * of its container at most. */
#define CHILD_FLOOR 40.0
/* A link title has a few words at least ("Read more" is not one). */
#define TITLE_MIN_UNITS 15
/* Teaser cards hold a blurb of at most about a hundred words. */
#define TEASER_MAX_UNITS 600
/* Furniture holding more than this share of the text may be a wrapper. */
#define WRAPPER_SHARE 0.5
/* A block inside the article with more of its text in links, and no text
 * weight of its own, is a link list to leave out. */
#define JUNK_LINK_DENSITY 0.33
/* The least summed weight of a block taken for the article. */
#define CONFIDENT_TOTAL 20.0

typedef enum
{
  TAG_INLINE,
  TAG_BLOCK,
  TAG_PARAGRAPH,
  TAG_HEADING,
  TAG_ITEM,
  TAG_CELL,
  TAG_PRE,
  TAG_LINK,
  TAG_FURNITURE,
  TAG_ROOT,
  TAG_SKIP,
} TagKind;

static const struct
{
  const char *name;
  TagKind     kind;
} tag_kinds[] = {
  { "p", TAG_PARAGRAPH }, { "div", TAG_BLOCK }, { "section", TAG_BLOCK },
  { "article", TAG_BLOCK }, { "main", TAG_BLOCK }, { "li", TAG_ITEM }, { "ul", TAG_BLOCK },
  { "ol", TAG_BLOCK }, { "dl", TAG_BLOCK }, { "dt", TAG_ITEM }, { "dd", TAG_ITEM },
  { "td", TAG_CELL }, { "th", TAG_CELL }, { "tr", TAG_BLOCK }, { "table", TAG_BLOCK },
  { "tbody", TAG_BLOCK }, { "thead", TAG_BLOCK }, { "tfoot", TAG_BLOCK },
  { "caption", TAG_PARAGRAPH }, { "blockquote", TAG_PARAGRAPH }, { "figure", TAG_BLOCK },
  { "figcaption", TAG_PARAGRAPH }, { "fieldset", TAG_BLOCK }, { "address", TAG_PARAGRAPH },
  { "details", TAG_BLOCK }, { "summary", TAG_PARAGRAPH }, { "hr", TAG_PARAGRAPH },
  { "center", TAG_BLOCK }, { "hgroup", TAG_BLOCK }, { "legend", TAG_PARAGRAPH },
  { "h1", TAG_HEADING }, { "h2", TAG_HEADING }, { "h3", TAG_HEADING }, { "h4", TAG_HEADING },
  { "h5", TAG_HEADING }, { "h6", TAG_HEADING },
  { "pre", TAG_PRE }, { "a", TAG_LINK },
  { "nav", TAG_FURNITURE }, { "aside", TAG_FURNITURE }, { "footer", TAG_FURNITURE },
  { "header", TAG_FURNITURE }, { "form", TAG_FURNITURE }, { "menu", TAG_FURNITURE },
  { "html", TAG_ROOT }, { "body", TAG_ROOT },
  { "script", TAG_SKIP }, { "style", TAG_SKIP }, { "noscript", TAG_SKIP },
  { "template", TAG_SKIP }, { "svg", TAG_SKIP }, { "iframe", TAG_SKIP }, { "object", TAG_SKIP },
  { "embed", TAG_SKIP }, { "canvas", TAG_SKIP }, { "video", TAG_SKIP }, { "audio", TAG_SKIP },
  { "button", TAG_SKIP }, { "select", TAG_SKIP }, { "textarea", TAG_SKIP },
  { "input", TAG_SKIP }, { "option", TAG_SKIP }, { "head", TAG_SKIP }, { "title", TAG_SKIP },
  { "meta", TAG_SKIP }, { "link", TAG_SKIP }, { "dialog", TAG_SKIP }, { "datalist", TAG_SKIP },
};

/* ARIA roles of page furniture, and of the article. */
static const char * const furniture_roles[] = {
  "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "search",
  "dialog", "alertdialog", "toolbar", "tablist", "tooltip",
};
static const char * const article_roles[] = { "main", "article" };

/* What a reading of the page leaves out. */
typedef enum
{
  DROP_NOTHING,
  DROP_FURNITURE,
  DROP_UNWRAPPED_FURNITURE, /* all but the furniture that wraps the article */
} DropMode;

/* The text counts of the paragraph being read. */
typedef struct
{
  guint    units;
  guint    link_units;
  guint    commas;
  gunichar last;
  gunichar before_last;
} Paragraph;

typedef struct
{
  ReadableNode  *nodes;
  guint          n_nodes;
  guint          n_used;
  ReadableHints *hints;
  ReadableNode  *owner;   /* the block the current paragraph belongs to */
  Paragraph      paragraph;
  guint          in_link;
  GPtrArray     *awaiting_text; /* nodes entered since the last paragraph */
  DropMode       drop;
  guint          reading;
} Page;

static TagKind
tag_kind (const xmlChar *name)
{
  static GHashTable *kinds;

  if (g_once_init_enter (&kinds))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < G_N_ELEMENTS (tag_kinds); i++)
        g_hash_table_insert (table, (gpointer) tag_kinds[i].name,
                             GINT_TO_POINTER (tag_kinds[i].kind + 1));
      g_once_init_leave (&kinds, table);
    }
  return MAX (GPOINTER_TO_INT (g_hash_table_lookup (kinds, name)) - 1, TAG_INLINE);
}

static gboolean
word_in (const char         *word,
         const char * const *words,
         gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (g_ascii_strcasecmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
role_weight (const char *role)
{
  if (role == NULL)
    return 0;
  if (word_in (role, furniture_roles, G_N_ELEMENTS (furniture_roles)))
    return -3;
  if (word_in (role, article_roles, G_N_ELEMENTS (article_roles)))
    return 2;
  return 0;
}

/* Whether STYLE hides its element ("display: none", "visibility:hidden"). */
static gboolean
style_hides (const char *style)
{
  char compact[256];
  gsize length = 0;

  for (const char *p = style; *p != '\0' && length < sizeof compact - 1; p++)
    if (!g_ascii_isspace (*p))
      compact[length++] = g_ascii_tolower (*p);
  compact[length] = '\0';
  return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
}

static gboolean
is_hidden (xmlNode *element)
{
  const char *aria_hidden = readable_attribute (element, "aria-hidden");
  const char *style = readable_attribute (element, "style");

  return xmlHasProp (element, (const xmlChar *) "hidden") != NULL
         || (aria_hidden != NULL && g_ascii_strcasecmp (aria_hidden, "true") == 0)
         || (style != NULL && style_hides (style));
}

static void
classify (Page         *page,
          ReadableNode *node)
{
  xmlNode *element = node->element;
  TagKind kind = tag_kind (element->name);
  gboolean article = FALSE;

  if (kind == TAG_SKIP || is_hidden (element))
    {
      node->flags = NODE_SKIP;
      return;
    }

  node->flags = kind == TAG_INLINE || kind == TAG_LINK ? 0 : NODE_BLOCK;
  if (kind == TAG_HEADING)
    node->flags |= NODE_HEADING | NODE_PARAGRAPH;
  else if (kind == TAG_PARAGRAPH)
    node->flags |= NODE_PARAGRAPH;
  else if (kind == TAG_ITEM)
    node->flags |= NODE_ITEM | NODE_PARAGRAPH;
  else if (kind == TAG_CELL)
    node->flags |= NODE_ITEM | NODE_CELL;
  else if (kind == TAG_PRE)
    node->flags |= NODE_PRE | NODE_PARAGRAPH;
  else if (kind == TAG_LINK)
    node->flags |= NODE_LINK;
  if (kind == TAG_ROOT)
    return;

  node->hint = readable_hints_weigh_class (page->hints, readable_attribute (element, "class"),
                                           &article)
               + readable_hints_weigh_id (page->hints, readable_attribute (element, "id"), &article)
               + role_weight (readable_attribute (element, "role"));
  if (article)
    node->flags |= NODE_ARTICLE_HINT;
  if (kind == TAG_FURNITURE || node->hint <= -2)
    node->flags |= NODE_FURNITURE;
}

/* ELEMENT and the elements below it. */
static guint
count_elements (xmlNode *element)
{
  guint n = 1;

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      n += count_elements (child);
  return n;
}

/* Full stops and their CJK forms. */
static gboolean
is_stop (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

static gboolean
is_comma (gunichar c)
{
  return c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C;
}

/* Ideographs and syllabaries carry a word in one or two characters. */
static guint
char_units (gunichar c)
{
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
         || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ? 3 : 1;
}

static void
read_text (Page       *page,
           const char *text)
{
  Paragraph *paragraph = &page->paragraph;
  guint units = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      if (c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c))
        continue;
      units += c < 0x80 ? 1 : char_units (c);
      if (is_comma (c))
        paragraph->commas++;
      paragraph->before_last = paragraph->last;
      paragraph->last = c;
    }
  paragraph->units += units;
  if (page->in_link > 0)
    paragraph->link_units += units;
}

static gboolean
ends_sentence (const Paragraph *paragraph)
{
  gunichar last = paragraph->last;

  if (is_stop (last))
    return TRUE;
  /* a closing quote or bracket after the stop */
  return (last == '"' || last == ')' || last == 0x201D || last == 0x2019 || last == 0xBB)
         && is_stop (paragraph->before_last);
}

/* "…" or "...": the paragraph is cut short, an excerpt of another page. */
static gboolean
ends_cut_short (const Paragraph *paragraph)
{
  return paragraph->last == 0x2026 || (paragraph->last == '.' && paragraph->before_last == '.');
}

static double
paragraph_weight (const Paragraph *paragraph,
                  guint            owner_flags)
{
  double density = (double) paragraph->link_units / paragraph->units;
  double words = (paragraph->units - paragraph->link_units) / CHARS_PER_WORD;
  double weight;

  /* Headings neither help nor hurt the block they title. */
  if (owner_flags & NODE_HEADING)
    return 0.0;
  if (density > LINK_LIST_DENSITY)
    return -(LINK_COST + LINK_WORD_COST * paragraph->link_units / CHARS_PER_WORD);
  /* a linked excerpt is a teaser */
  if (paragraph->link_units > 0 && ends_cut_short (paragraph))
    return -PARAGRAPH_COST;
  /* A short list item or table cell that is not a link is a fact of a
   * list or table, neither text nor furniture. */
  weight = words * (1.0 - density) - PARAGRAPH_COST + MIN (paragraph->commas, MAX_COMMAS)
           + (ends_sentence (paragraph) ? 2.0 : 0.0);
  return (owner_flags & NODE_ITEM) ? MAX (weight, 0.0) : weight;
}

static gboolean
is_link_title (const Paragraph *paragraph)
{
  return paragraph->units >= TITLE_MIN_UNITS
         && paragraph->link_units > LINK_LIST_DENSITY * paragraph->units;
}

static void
end_paragraph (Page *page)
{
  Paragraph *paragraph = &page->paragraph;
  ReadableNode *owner = page->owner;

  if (paragraph->units > 0 && owner != NULL)
    {
      double weight = paragraph_weight (paragraph, owner->flags);

      owner->total += weight > 0 ? weight : weight * NEGATIVE_SCALE;
      owner->positive += MAX (weight, 0.0);
      owner->units += paragraph->units;
      owner->link_units += paragraph->link_units;
      for (guint i = 0; i < page->awaiting_text->len; i++)
        ((ReadableNode *) g_ptr_array_index (page->awaiting_text, i))->opens_with_link =
          is_link_title (paragraph);
      g_ptr_array_set_size (page->awaiting_text, 0);
    }
  memset (paragraph, 0, sizeof *paragraph);
}

/* Cards of a list share their tag and class. */
static gboolean
is_same_kind (xmlNode *a,
              xmlNode *b)
{
  return xmlStrEqual (a->name, b->name)
         && g_strcmp0 (readable_attribute (a, "class"), readable_attribute (b, "class")) == 0;
}

/* Gives every element below ELEMENT its node, in document order, and
 * classifies it; nothing below a skipped element is looked at again. */
static void
index_elements (Page    *page,
                xmlNode *element)
{
  ReadableNode *node;

  g_assert (page->n_used < page->n_nodes);
  node = &page->nodes[page->n_used++];
  node->element = element;
  element->_private = node;
  classify (page, node);
  if (node->flags & NODE_SKIP)
    return;

  for (xmlNode *child = element->children, *previous = NULL; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        index_elements (page, child);
        if (previous != NULL && is_same_kind (previous, child))
          {
            readable_node (previous)->flags |= NODE_REPEATED;
            readable_node (child)->flags |= NODE_REPEATED;
          }
        previous = child;
      }
}

static gboolean
is_dropped (const Page         *page,
            const ReadableNode *node)
{
  switch (page->drop)
    {
    case DROP_FURNITURE:
      return (node->flags & NODE_FURNITURE) != 0;
    case DROP_UNWRAPPED_FURNITURE:
      return (node->flags & (NODE_FURNITURE | NODE_WRAPPER)) == NODE_FURNITURE;
    case DROP_NOTHING:
    default:
      return FALSE;
    }
}

static void read_element (Page         *page,
                          xmlNode      *element,
                          ReadableNode *parent);

static void
read_children (Page         *page,
               xmlNode      *element,
               ReadableNode *node)
{
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        read_text (page, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        read_element (page, child, node);
    }
}

/* One of a run of like blocks, each opening with a linked title and with
 * a short blurb: a list of other pages, however well its blurbs read. */
static gboolean
is_teaser (const ReadableNode *node)
{
  return (node->flags & NODE_REPEATED) && node->opens_with_link
         && (!(node->flags & NODE_PARAGRAPH) || (node->flags & NODE_ITEM))
         && node->units - node->link_units < TEASER_MAX_UNITS;
}

static void
start_node (Page         *page,
            ReadableNode *node)
{
  node->flags &= ~(NODE_DROPPED | NODE_TEASER);
  node->reading = page->reading;
  node->total = node->positive = 0;
  node->units = node->link_units = 0;
  node->opens_with_link = FALSE;
}

/* A block can take at most CHILD_FLOOR off its parent's sum. */
static void
add_to_parent (ReadableNode *parent,
               ReadableNode *node)
{
  parent->total += (node->flags & NODE_BLOCK) ? MAX (node->total, -CHILD_FLOOR) : node->total;
  parent->positive += node->positive;
  parent->units += node->units;
  parent->link_units += node->link_units;
}

static void
read_element (Page         *page,
              xmlNode      *element,
              ReadableNode *parent)
{
  ReadableNode *node = readable_node (element);
  ReadableNode *outer_owner = page->owner;

  if (node->flags & NODE_SKIP)
    return;
  if (is_dropped (page, node))
    {
      node->flags |= NODE_DROPPED;
      return;
    }
  start_node (page, node);

  if (node->flags & NODE_BLOCK)
    {
      end_paragraph (page);
      page->owner = node;
    }
  page->in_link += (node->flags & NODE_LINK) ? 1 : 0;
  g_ptr_array_add (page->awaiting_text, node);
  read_children (page, element, node);
  g_ptr_array_remove_fast (page->awaiting_text, node);
  page->in_link -= (node->flags & NODE_LINK) ? 1 : 0;
  if (node->flags & NODE_BLOCK)
    {
      end_paragraph (page);
      page->owner = outer_owner;
    }

  if (is_teaser (node))
    {
      node->flags |= NODE_TEASER;
      node->total = MIN (node->total, -PARAGRAPH_COST);
    }
  if (parent != NULL)
    add_to_parent (parent, node);
}

/* Page-layout elements are never wrappers, whatever they hold. */
static const char * const layout_furniture[] = { "nav", "aside", "footer", "header", "menu" };

/* Furniture by its class (or a <form> around the page, as ASP.NET writes
 * them) that holds most of the text may wrap the article rather than sit
 * beside it.  Returns whether the page has such a wrapper. */
static gboolean
find_wrappers (Page         *page,
               ReadableNode *root)
{
  gboolean found = FALSE;

  for (guint i = 0; i < page->n_used; i++)
    {
      ReadableNode *node = &page->nodes[i];

      if ((node->flags & NODE_FURNITURE) && node->positive > 0
          && node->positive > WRAPPER_SHARE * root->positive
          && !word_in ((const char *) node->element->name, layout_furniture,
                       G_N_ELEMENTS (layout_furniture)))
        {
          node->flags |= NODE_WRAPPER;
          found = TRUE;
        }
    }
  return found;
}

/* The container with the largest sum (a paragraph, however long, is not
 * an article); among a chain of wrappers with the same sum, the innermost. */
static ReadableNode *
choose_article (Page *page)
{
  ReadableNode *best = NULL;

  for (guint i = 0; i < page->n_used; i++)
    {
      ReadableNode *node = &page->nodes[i];

      if ((node->flags & NODE_BLOCK) == 0 || node->reading != page->reading
          || (node->flags & (NODE_SKIP | NODE_DROPPED | NODE_PARAGRAPH)) != 0)
        continue;
      if (best == NULL || node->total >= best->total)
        best = node;
    }
  return best;
}

static double
link_density (const ReadableNode *node)
{
  return node->units > 0 ? (double) node->link_units / node->units : 0.0;
}

/* Link lists and negative-hinted blocks without text weight inside the
 * article are left out of its text. */
static void
mark_junk (xmlNode *element)
{
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      ReadableNode *node;

      if (child->type != XML_ELEMENT_NODE || (node = readable_node (child)) == NULL
          || (node->flags & (NODE_SKIP | NODE_DROPPED)) != 0)
        continue;
      if ((node->flags & NODE_TEASER)
          || ((node->flags & NODE_BLOCK) && !(node->flags & NODE_HEADING) && node->total < 0
              && (link_density (node) > JUNK_LINK_DENSITY || node->hint < 0)))
        node->flags |= NODE_JUNK;
      else
        mark_junk (child);
    }
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

/* One reading of the page with what DROP leaves out; returns the article
 * block it finds. */
static ReadableNode *
read_page (Page     *page,
           xmlNode  *root,
           DropMode  drop)
{
  page->drop = drop;
  page->reading++;
  page->owner = NULL;
  read_element (page, root, NULL);
  return choose_article (page);
}

static gboolean
is_confident (const ReadableNode *article)
{
  return article != NULL && article->total >= CONFIDENT_TOTAL;
}

/* Whether a wrapper that names the article lies inside the article found
 * without it: the block with a hole where the text was. */
static gboolean
holds_article_wrapper (Page         *page,
                       ReadableNode *article)
{
  for (guint i = 0; i < page->n_used; i++)
    {
      ReadableNode *node = &page->nodes[i];

      if ((node->flags & (NODE_WRAPPER | NODE_ARTICLE_HINT)) == (NODE_WRAPPER | NODE_ARTICLE_HINT))
        for (xmlNode *element = node->element; element != NULL; element = element->parent)
          if (element == article->element)
            return TRUE;
    }
  return FALSE;
}

/* Furniture is left out.  Wrappers stay when without them no article is
 * left, or when one that names the article was cut out of the block that
 * would be taken. */
static ReadableNode *
find_article (Page    *page,
              xmlNode *root)
{
  ReadableNode *article;

  read_page (page, root, DROP_NOTHING);
  if (!find_wrappers (page, readable_node (root)))
    return read_page (page, root, DROP_FURNITURE);

  article = read_page (page, root, DROP_FURNITURE);
  if (is_confident (article) && !holds_article_wrapper (page, article))
    return article;
  return read_page (page, root, DROP_UNWRAPPED_FURNITURE);
}

char *
readable_main_text (xmlNode    *root,
                    const char *title,
                    gboolean   *out_confident)
{
  g_autoptr(ReadableHints) hints = readable_hints_new ();
  g_autoptr(GPtrArray) awaiting_text = g_ptr_array_new ();
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autofree ReadableNode *nodes = NULL;
  Page page = { NULL, };
  ReadableNode *article;
  gboolean confident;

  page.n_nodes = count_elements (root);
  page.nodes = nodes = g_new0 (ReadableNode, page.n_nodes);
  page.hints = hints;
  page.awaiting_text = awaiting_text;
  index_elements (&page, root);

  article = find_article (&page, root);
  confident = is_confident (article);
  if (confident)
    mark_junk (article->element);
  paragraphs = readable_write_paragraphs (confident ? article->element : root);

  if (title != NULL && paragraphs->len > 0 && same_text (g_ptr_array_index (paragraphs, 0), title))
    g_ptr_array_remove_index (paragraphs, 0);

  /* The nodes go with this call; the tree may outlive them. */
  for (guint i = 0; i < page.n_used; i++)
    page.nodes[i].element->_private = NULL;

  *out_confident = confident;
  return claimline_text_join_paragraphs (paragraphs);
}
