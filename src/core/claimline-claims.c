/* claimline-claims.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Claim assembly: every figure and dated event of an article, with what it
 * measures, whom it is about, when, how sure and who says so.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "claimline-claims-private.h"
#include "claimline-phrases.h"
#include "claimline-quantity.h"
#include "claimline-timex.h"

/* How far (in words) a cue after a figure may stand: "$870 million in revenue". */
#define CUE_AFTER_WINDOW 3

static const char * const modality_names[] = {
  [CLAIMLINE_MODALITY_STATED] = "stated",
  [CLAIMLINE_MODALITY_REPORTED] = "reported",
  [CLAIMLINE_MODALITY_PROJECTED] = "projected",
  [CLAIMLINE_MODALITY_POSSIBLE] = "possible",
  [CLAIMLINE_MODALITY_DENIED] = "denied",
};

const char *
claimline_modality_to_string (ClaimlineModality modality)
{
  g_return_val_if_fail (modality <= CLAIMLINE_MODALITY_DENIED, "stated");

  return modality_names[modality];
}

gboolean
claimline_modality_from_string (const char        *text,
                                ClaimlineModality *out_modality)
{
  for (guint i = 0; i < G_N_ELEMENTS (modality_names); i++)
    if (g_strcmp0 (text, modality_names[i]) == 0)
      {
        *out_modality = i;
        return TRUE;
      }
  return FALSE;
}

void
claimline_claim_free (ClaimlineClaim *claim)
{
  if (claim == NULL)
    return;
  g_free (claim->kind);
  g_free (claim->text);
  g_free (claim->unit);
  g_free (claim->attribute);
  g_free (claim->subject);
  g_free (claim->actor);
  g_free (claim->time_value);
  g_free (claim->time_low);
  g_free (claim->time_high);
  g_free (claim->attribution);
  g_free (claim);
}

ClaimlineClaim *
claimline_claim_copy (const ClaimlineClaim *claim)
{
  ClaimlineClaim *copy;

  g_return_val_if_fail (claim != NULL, NULL);

  copy = g_memdup2 (claim, sizeof *claim);
  copy->kind = g_strdup (claim->kind);
  copy->text = g_strdup (claim->text);
  copy->unit = g_strdup (claim->unit);
  copy->attribute = g_strdup (claim->attribute);
  copy->subject = g_strdup (claim->subject);
  copy->actor = g_strdup (claim->actor);
  copy->time_value = g_strdup (claim->time_value);
  copy->time_low = g_strdup (claim->time_low);
  copy->time_high = g_strdup (claim->time_high);
  copy->attribution = g_strdup (claim->attribution);
  return copy;
}

/* "$13.8 billion", "870 million", "1,200": a figure with a scale word. */
static char *
format_figure (double      value,
               const char *unit)
{
  static const struct { double scale; const char *word; } scales[] = {
    { 1e12, "trillion" }, { 1e9, "billion" }, { 1e6, "million" },
  };
  const char *prefix = "";
  const char *suffix = "";
  g_autofree char *number = NULL;

  if (g_strcmp0 (unit, "USD") == 0)
    prefix = "$";
  else if (g_strcmp0 (unit, "EUR") == 0)
    prefix = "€";
  else if (g_strcmp0 (unit, "GBP") == 0)
    prefix = "£";
  else if (g_strcmp0 (unit, "JPY") == 0)
    prefix = "¥";
  else if (g_strcmp0 (unit, "%") == 0)
    suffix = "%";

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (fabs (value) >= scales[i].scale)
      {
        char digits[G_ASCII_DTOSTR_BUF_SIZE];

        g_ascii_formatd (digits, sizeof digits, "%.3g", value / scales[i].scale);
        return g_strdup_printf ("%s%s %s%s", prefix, digits, scales[i].word, suffix);
      }

  if (value == floor (value) && fabs (value) < 1e15)
    {
      GString *grouped = g_string_new (NULL);
      g_autofree char *plain = g_strdup_printf ("%.0f", fabs (value));
      gsize n = strlen (plain);

      for (gsize i = 0; i < n; i++)
        {
          if (i > 0 && (n - i) % 3 == 0)
            g_string_append_c (grouped, ',');
          g_string_append_c (grouped, plain[i]);
        }
      number = g_string_free (grouped, FALSE);
      return g_strdup_printf ("%s%s%s%s", value < 0 ? "−" : "", prefix, number, suffix);
    }
  {
    char digits[G_ASCII_DTOSTR_BUF_SIZE];

    g_ascii_formatd (digits, sizeof digits, "%.4g", value);
    return g_strdup_printf ("%s%s%s", prefix, digits, suffix);
  }
}

char *
claimline_claim_format_value (const ClaimlineClaim *claim)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  const char *unit;

  g_return_val_if_fail (claim != NULL, NULL);

  if (g_strcmp0 (claim->kind, "date") == 0 || !(claim->has_low || claim->has_high))
    return NULL;
  /* Counted nouns read after the number; currencies and % go with it. */
  unit = claim->unit;
  if (claim->has_low)
    low = format_figure (claim->low, unit);
  if (claim->has_high)
    high = format_figure (claim->high, unit);

  if (low != NULL && high != NULL && claim->low != claim->high)
    return g_strdup_printf ("%s–%s", low, high);
  if (low != NULL && high == NULL)
    return g_strdup_printf ("≥ %s", low);
  if (low == NULL && high != NULL)
    return g_strdup_printf ("≤ %s", high);
  return g_strdup_printf ("%s%s", claim->approx ? "≈ " : "", low);
}

gboolean
claimline_modality_from_name (const char        *name,
                              gsize              length,
                              ClaimlineModality *out_modality)
{
  for (guint i = 0; i < G_N_ELEMENTS (modality_names); i++)
    if (modality_names[i][0] == name[0] && strlen (modality_names[i]) == length &&
        memcmp (modality_names[i], name, length) == 0)
      {
        *out_modality = i;
        return TRUE;
      }
  return FALSE;
}

static const char * const verdict_names[] = {
  [CLAIMLINE_VERDICT_NONE] = "none",
  [CLAIMLINE_VERDICT_AGREE] = "agree",
  [CLAIMLINE_VERDICT_CONFLICT] = "conflict",
  [CLAIMLINE_VERDICT_SINGLE] = "single",
};

const char *
claimline_verdict_to_string (ClaimlineVerdict verdict)
{
  g_return_val_if_fail (verdict <= CLAIMLINE_VERDICT_SINGLE, "none");

  return verdict_names[verdict];
}

/* NULL for no conflict, as the JSON output writes null. */
const char *
claimline_conflict_to_string (ClaimlineConflict conflict)
{
  switch (conflict)
    {
    case CLAIMLINE_CONFLICT_VALUE:
      return "value";
    case CLAIMLINE_CONFLICT_TIME:
      return "time";
    case CLAIMLINE_CONFLICT_NONE:
    default:
      return NULL;
    }
}

static const char *
kind_name (ClaimlineQuantityKind kind)
{
  switch (kind)
    {
    case CLAIMLINE_QUANTITY_MONEY:
      return "money";
    case CLAIMLINE_QUANTITY_PERCENT:
      return "percent";
    case CLAIMLINE_QUANTITY_MEASURE:
      return "quantity";
    case CLAIMLINE_QUANTITY_COUNT:
    default:
      return "count";
    }
}

/* Items of ITEMS that lie inside the sentence, found from *CURSOR on (both
 * lists are in text order).  ClaimlineQuantity and ClaimlineTimex both begin
 * with their byte extent, which is all this reads. */
typedef struct
{
  gsize start;
  gsize end;
} Extent;

G_STATIC_ASSERT (G_STRUCT_OFFSET (ClaimlineQuantity, start) == G_STRUCT_OFFSET (Extent, start));
G_STATIC_ASSERT (G_STRUCT_OFFSET (ClaimlineQuantity, end) == G_STRUCT_OFFSET (Extent, end));
G_STATIC_ASSERT (G_STRUCT_OFFSET (ClaimlineTimex, start) == G_STRUCT_OFFSET (Extent, start));
G_STATIC_ASSERT (G_STRUCT_OFFSET (ClaimlineTimex, end) == G_STRUCT_OFFSET (Extent, end));

static void
items_in (GPtrArray *items,
          guint     *cursor,
          gsize      start,
          gsize      end,
          GPtrArray *inside)
{
  g_ptr_array_set_size (inside, 0);

  while (*cursor < items->len && ((Extent *) g_ptr_array_index (items, *cursor))->end <= start)
    (*cursor)++;
  for (guint i = *cursor; i < items->len; i++)
    {
      Extent *item = g_ptr_array_index (items, i);

      if (item->start >= end)
        break;
      if (item->start >= start && item->end <= end)
        g_ptr_array_add (inside, item);
    }
}

/* A figure of the sentence with the words it covers. */
typedef struct
{
  ClaimlineQuantity *quantity;
  guint              first;
  guint              last;
  guint              clause;
} Figure;

static gboolean
clause_has_figure (GArray *figures,
                   guint   clause)
{
  for (guint f = 0; f < figures->len; f++)
    if (g_array_index (figures, Figure, f).clause == clause)
      return TRUE;
  return FALSE;
}

/* The attribute cue nearest the figure: in its clause first (before it, or
 * closely after), else in a clause of the sentence that has no figure. */
static const char *
find_attribute (const ClaimlineSentence *sentence,
                GArray                  *figures,
                const Figure            *figure)
{
  const char *best = NULL;
  guint best_cost = G_MAXUINT;

  for (guint i = 0; i < sentence->n_words; i++)
    {
      const ClaimlinePhrase *cue;
      guint last, cost;

      if (i >= figure->first && i <= figure->last)
        continue;
      cue = sentence->attribute_cues[i];
      if (cue == NULL)
        continue;
      last = i + cue->n_words - 1;

      if (sentence->clause[i] == figure->clause)
        {
          if (last < figure->first)
            cost = figure->first - last;
          else if (i > figure->last && i - figure->last <= CUE_AFTER_WINDOW)
            cost = i - figure->last + 1;
          else
            continue;
        }
      else if (!clause_has_figure (figures, sentence->clause[i]))
        cost = 100 + (i < figure->first ? figure->first - i : i - figure->last);
      else
        continue;

      if (cost < best_cost)
        {
          best_cost = cost;
          best = cue->value;
        }
    }
  return best;
}

/* "$870 million in revenue … to double that to $2 billion": a figure that
 * names nothing measures what the figure before it in the sentence measures,
 * when both are of one kind and unit. */
static const char *
attribute_of_previous_figure (const ClaimlineSentence *sentence,
                              GArray                  *figures,
                              const Figure            *figure)
{
  for (guint f = 0; f < figures->len; f++)
    {
      const Figure *previous = &g_array_index (figures, Figure, f);
      const Figure *next = f + 1 < figures->len ? &g_array_index (figures, Figure, f + 1) : NULL;

      if (next != figure)
        continue;
      if (previous->quantity->kind != figure->quantity->kind ||
          g_strcmp0 (previous->quantity->unit, figure->quantity->unit) != 0)
        return NULL;
      return find_attribute (sentence, figures, previous);
    }
  return NULL;
}

static const char *
unit_attribute (const ClaimlineQuantity *quantity)
{
  if (quantity->unit == NULL)
    return NULL;
  return claimline_phrase_table_lookup (CLAIMLINE_PHRASES ("claim-unit-attributes"),
                                        quantity->unit);
}

/* "PRESENT_REF", "PAST_REF", "FUTURE_REF": now, not a time of the calendar. */
static gboolean
is_ref (const ClaimlineTimex *timex)
{
  gsize n = strlen (timex->value);

  return n >= 4 && memcmp (timex->value + n - 4, "_REF", 4) == 0;
}

static gboolean
is_calendar_time (const ClaimlineTimex *timex)
{
  return (timex->type == CLAIMLINE_TIMEX_DATE || timex->type == CLAIMLINE_TIMEX_TIME) &&
         !is_ref (timex);
}

/* What a date on its own marks: the event cue just before it. */
static const char *
date_event (const ClaimlineSentence *sentence,
            guint                    first)
{
  for (guint k = first; k > 0 && k + 4 > first; k--)
    if (sentence->event_cues[k - 1] != NULL)
      return sentence->event_cues[k - 1]->value;
  return "event";
}

/* The time a figure refers to: an expression in its own clause, else one
 * fronting the sentence ("In 2024, …"), else the nearest in the sentence. */
static const ClaimlineTimex *
find_time (const ClaimlineSentence *sentence,
           GPtrArray               *timexes,
           GArray                  *figures,
           const Figure            *figure)
{
  const ClaimlineTimex *own = NULL, *fronted = NULL, *nearest = NULL;
  gsize own_distance = G_MAXSIZE, nearest_distance = G_MAXSIZE;
  gsize figure_start = figure->quantity->start;

  for (guint t = 0; t < timexes->len; t++)
    {
      const ClaimlineTimex *timex = g_ptr_array_index (timexes, t);
      guint word = claimline_sentence_word_at (sentence, timex->start);
      guint clause = sentence->clause[word];
      gsize distance = timex->start > figure_start ? timex->start - figure_start
                                                   : figure_start - timex->start;

      /* Points and periods of the calendar, or durations anchored to one
       * ("over the next five years"); never "now" or a bare length of time. */
      if (is_ref (timex) ||
          (!is_calendar_time (timex) && (timex->low == NULL || timex->high == NULL)))
        continue;
      /* "founded in 2016" dates an event of its own, not the figures near it. */
      if (strcmp (date_event (sentence, word), "event") != 0)
        continue;
      if (clause == figure->clause && distance < own_distance)
        {
          own = timex;
          own_distance = distance;
        }
      if (clause == 0 && fronted == NULL && !clause_has_figure (figures, 0))
        fronted = timex;
      if (distance < nearest_distance)
        {
          nearest = timex;
          nearest_distance = distance;
        }
    }
  return own ? own : fronted ? fronted : nearest;
}

static void
set_time (ClaimlineClaim       *claim,
          const ClaimlineTimex *timex)
{
  if (timex == NULL)
    return;
  claim->time_value = g_strdup (timex->value);
  claim->time_low = g_strdup (timex->low);
  claim->time_high = g_strdup (timex->high);
  claim->time_relative = timex->relative;
}

static void
set_context (ClaimlineClaim          *claim,
             const ClaimlineSentence *sentence,
             ClaimlineDiscourse      *discourse,
             guint                    first,
             guint                    last,
             const char              *attribution)
{
  const char *actor = NULL;
  const char *subject = claimline_sentence_subject (sentence, discourse, first, last,
                                                    claim->attribute, &actor);

  claim->subject = g_strdup (subject);
  claim->actor = g_strdup (actor);
  claim->modality = claimline_sentence_modality (sentence, first, last);
  claim->attribution = g_strdup (attribution);
  claim->sentence_start = sentence->start;
  claim->sentence_end = sentence->end;
}

/* The plural noun right after a count ("1,204 vessels" → "vessels"). */
static const char *
counted_noun (const ClaimlineSentence *sentence,
              const Figure            *figure)
{
  const char *word;
  gsize n;

  if (figure->last + 1 >= sentence->n_words ||
      sentence->clause[figure->last + 1] != figure->clause)
    return NULL;
  word = sentence->lower[figure->last + 1];
  n = strlen (word);
  if (n < 4 || word[n - 1] != 's' || !g_ascii_isalpha (word[0]))
    return NULL;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalpha (word[i]))
      return NULL;
  return word;
}

static ClaimlineClaim *
claim_for_figure (const ClaimlineSentence *sentence,
                  ClaimlineDiscourse      *discourse,
                  GArray                  *figures,
                  const Figure            *figure,
                  GPtrArray               *timexes,
                  const char              *attribution)
{
  const ClaimlineQuantity *quantity = figure->quantity;
  const char *attribute = unit_attribute (quantity);
  ClaimlineClaim *claim;

  if (attribute == NULL)
    attribute = find_attribute (sentence, figures, figure);
  if (attribute == NULL)
    attribute = attribute_of_previous_figure (sentence, figures, figure);
  if (quantity->kind == CLAIMLINE_QUANTITY_COUNT && quantity->unit == NULL)
    {
      /* "1,204 vessels": a count of something the lexicon does not know
       * measures that thing. */
      if (attribute == NULL)
        attribute = counted_noun (sentence, figure);
      /* "two pension funds" describes; small bare counts are no claims. */
      if (quantity->has_low && quantity->low < 10)
        return NULL;
    }
  /* A count that measures nothing named ("two companies") is no claim. */
  if (attribute == NULL && quantity->kind == CLAIMLINE_QUANTITY_COUNT)
    return NULL;

  claim = g_new0 (ClaimlineClaim, 1);
  claim->start = quantity->start;
  claim->end = quantity->end;
  claim->kind = g_strdup (kind_name (quantity->kind));
  claim->low = quantity->low;
  claim->high = quantity->high;
  claim->has_low = quantity->has_low;
  claim->has_high = quantity->has_high;
  claim->approx = quantity->approx;
  claim->unit = g_strdup (quantity->unit);
  claim->direction = quantity->direction;
  claim->attribute = g_strdup (attribute);
  set_time (claim, find_time (sentence, timexes, figures, figure));
  set_context (claim, sentence, discourse, figure->first, figure->last, attribution);
  return claim;
}

static ClaimlineClaim *
claim_for_date (const ClaimlineSentence *sentence,
                ClaimlineDiscourse      *discourse,
                const ClaimlineTimex    *timex,
                const char              *attribution)
{
  guint first = claimline_sentence_word_at (sentence, timex->start);
  guint last = claimline_sentence_word_at (sentence, timex->end > 0 ? timex->end - 1 : 0);
  ClaimlineClaim *claim = g_new0 (ClaimlineClaim, 1);

  claim->start = timex->start;
  claim->end = timex->end;
  claim->kind = g_strdup ("date");
  claim->attribute = g_strdup (date_event (sentence, first));
  set_time (claim, timex);
  set_context (claim, sentence, discourse, first, last, attribution);
  return claim;
}

static void
collect_figures (const ClaimlineSentence *sentence,
                 GPtrArray               *quantities,
                 GArray                  *figures)
{
  for (guint q = 0; q < quantities->len; q++)
    {
      ClaimlineQuantity *quantity = g_ptr_array_index (quantities, q);
      Figure figure;

      figure.quantity = quantity;
      figure.first = claimline_sentence_word_at (sentence, quantity->start);
      figure.last = claimline_sentence_word_at (sentence, quantity->end > 0 ? quantity->end - 1 : 0);
      figure.clause = sentence->clause[figure.first];
      g_array_append_val (figures, figure);
    }
}

/* Dates that stand in a figure's own clause are that figure's time, not
 * events of their own. */
static gboolean
timex_is_figure_time (const ClaimlineSentence *sentence,
                      GArray                  *figures,
                      const ClaimlineTimex    *timex)
{
  guint clause = sentence->clause[claimline_sentence_word_at (sentence, timex->start)];

  return clause_has_figure (figures, clause);
}

static void
extract_sentence (const char         *text,
                  ClaimlineSpan       span,
                  ClaimlineDiscourse *discourse,
                  ClaimlineSentence  *sentence,
                  GPtrArray          *quantities,
                  GPtrArray          *timexes,
                  GArray             *figures,
                  GPtrArray          *claims)
{
  const char *attribution;

  /* A sentence with no figure and no date matters only for what "it" will
   * refer to next, and only when it opens a paragraph (or the paragraph has
   * not named its topic yet) or speaks of investing in someone. */
  if (quantities->len == 0 && timexes->len == 0 &&
      !claimline_discourse_wants (discourse, text, span))
    return;

  claimline_sentence_read (sentence, text, span, discourse);
  if (sentence->is_heading || sentence->n_words == 0)
    return;
  if (quantities->len == 0 && timexes->len == 0)
    return;

  g_array_set_size (figures, 0);
  attribution = sentence->attribution;
  collect_figures (sentence, quantities, figures);

  for (guint f = 0; f < figures->len; f++)
    {
      ClaimlineClaim *claim = claim_for_figure (sentence, discourse, figures,
                                                &g_array_index (figures, Figure, f),
                                                timexes, attribution);
      if (claim != NULL)
        g_ptr_array_add (claims, claim);
    }

  for (guint t = 0; t < timexes->len; t++)
    {
      const ClaimlineTimex *timex = g_ptr_array_index (timexes, t);

      if (is_calendar_time (timex) && !timex_is_figure_time (sentence, figures, timex))
        g_ptr_array_add (claims, claim_for_date (sentence, discourse, timex, attribution));
    }
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  const ClaimlineClaim *ca = *(ClaimlineClaim * const *) a;
  const ClaimlineClaim *cb = *(ClaimlineClaim * const *) b;

  return ca->start < cb->start ? -1 : ca->start > cb->start;
}

static int
compare_offset_fields (gconstpointer a,
                       gconstpointer b)
{
  gsize x = **(gsize * const *) a;
  gsize y = **(gsize * const *) b;

  return x < y ? -1 : x > y;
}

/* Where the first byte beyond ASCII is (LENGTH when none): offsets before
 * it count characters already.  Eight bytes at a time. */
static gsize
ascii_prefix (const char *text,
              gsize       length)
{
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 chunk;

      memcpy (&chunk, text + i, 8);
      if (chunk & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
    }
  while (i < length && (guchar) text[i] < 0x80)
    i++;
  return i;
}

/* Byte offsets become character offsets, in one pass over the text. */
static void
convert_offsets (const char *text,
                 gsize       length,
                 GPtrArray  *claims)
{
  gsize ascii = claims->len > 0 ? ascii_prefix (text, length) : 0;
  gsize byte = ascii, character = ascii;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (gsize *));

  for (guint i = 0; i < claims->len; i++)
    {
      ClaimlineClaim *claim = g_ptr_array_index (claims, i);
      gsize *fields[] = { &claim->start, &claim->end, &claim->sentence_start, &claim->sentence_end };

      claim->text = g_strndup (text + claim->start, claim->end - claim->start);
      /* in the ASCII start of the text (all of most texts), a byte is a
       * character: only the offsets past it need the walk */
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        if (*fields[f] > ascii)
          g_array_append_val (marks, fields[f]);
    }
  /* Sorted by byte offset so that the walk only goes forward. */
  g_array_sort (marks, compare_offset_fields);
  for (guint i = 0; i < marks->len; i++)
    {
      gsize *field = g_array_index (marks, gsize *, i);
      gsize target = *field;

      character = claimline_text_char_offset (text, byte, character, target);
      byte = target;
      *field = character;
    }
}

GPtrArray *
claimline_claims_extract (const char  *text,
                          const GDate *dct)
{
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) quantities = NULL;
  g_autoptr(GPtrArray) timexes = NULL;
  g_autoptr(GArray) sentences = NULL;
  /* the figures and dates of one sentence, and the sentence itself: the
   * buffers are reused from one sentence to the next */
  g_autoptr(GPtrArray) in_quantities = g_ptr_array_new ();
  g_autoptr(GPtrArray) in_timexes = g_ptr_array_new ();
  g_autoptr(ClaimlineSentence) sentence = claimline_sentence_new ();
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (Figure));
  ClaimlineDiscourse discourse;
  guint quantity_cursor = 0, timex_cursor = 0;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);

  length = strlen (text);
  /* room for the claims of the densest texts (one every 100 bytes or so) */
  claims = g_ptr_array_new_full (MIN (length / 96, CLAIMLINE_MAX_CLAIMS) + 1,
                                 (GDestroyNotify) claimline_claim_free);
  quantities = claimline_quantity_find (text, (gssize) length);
  timexes = claimline_timex_find (text, (gssize) length, dct);
  sentences = claimline_text_sentences (text, length);
  claimline_discourse_init (&discourse, text);

  for (guint s = 0; s < sentences->len && claims->len < CLAIMLINE_MAX_CLAIMS; s++)
    {
      ClaimlineSpan span = g_array_index (sentences, ClaimlineSpan, s);

      items_in (quantities, &quantity_cursor, span.start, span.end, in_quantities);
      items_in (timexes, &timex_cursor, span.start, span.end, in_timexes);
      extract_sentence (text, span, &discourse, sentence, in_quantities, in_timexes, figures, claims);
    }
  claimline_discourse_clear (&discourse);

  g_ptr_array_sort (claims, compare_claims);
  /* The last sentence read may have gone past the cap. */
  if (claims->len > CLAIMLINE_MAX_CLAIMS)
    g_ptr_array_set_size (claims, CLAIMLINE_MAX_CLAIMS);
  convert_offsets (text, length, claims);
  return g_steal_pointer (&claims);
}

void
claimline_claims_annotate (ClaimlineDocument *document)
{
  GDate dct;
  gboolean dated;

  g_return_if_fail (document != NULL);

  g_date_clear (&dct, 1);
  dated = claimline_iso_date_parse (document->published, &dct);
  g_clear_pointer (&document->claims, g_ptr_array_unref);
  document->claims = claimline_claims_extract (document->text ? document->text : "",
                                               dated ? &dct : NULL);
}
