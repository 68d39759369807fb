/* claimline-timex-grammar.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-timex-private.h"

/* Pieces of grammar the matchers share: phrases, numbers, ordinals, years,
 * the context cues (tense, sentence starts) and resolution against the DCT. */

#define PHRASE_MAX 64

static gboolean
append_lower (char             *buf,
              gsize            *used,
              const char       *text,
              const TimexToken *t)
{
  if (*used + t->length + 2 > PHRASE_MAX)
    return FALSE;
  if (*used > 0)
    buf[(*used)++] = ' ';
  for (gsize k = t->start; k < t->end; k++)
    buf[(*used)++] = g_ascii_tolower (text[k]);
  buf[*used] = '\0';
  return TRUE;
}

/* Fills the memo with the phrases that start at token I. */
static void
find_phrases (const TimexCtx  *c,
              guint            i,
              TimexPhraseMemo *memo)
{
  const TimexWord *first = c->tok[i].word;
  char key[PHRASE_MAX];
  gsize used = 0;

  memset (memo, 0, sizeof *memo);
  memo->start = c->tok[i].start + 1;
  for (guint len = 1; len <= MIN ((guint) first->max_phrase, c->n - i) && len < 5; len++)
    {
      const TimexToken *t = &c->tok[i + len - 1];

      if (t->kind != TT_WORD || !append_lower (key, &used, c->text, t))
        break;
      if (len >= 2)
        memo->by_length[len] = timex_lexicon_phrase (key);
    }
}

const TimexWord *
timex_phrase_of (const TimexCtx *c,
                 guint           i,
                 guint64         classes,
                 guint          *ntokens)
{
  if (c->phrases->start != c->tok[i].start + 1)
    find_phrases (c, i, c->phrases);
  for (guint len = 4; len >= 2; len--)
    {
      const TimexWord *phrase = c->phrases->by_length[len];

      if (phrase != NULL && (phrase->classes & classes) && phrase->ntokens == (gint8) len)
        {
          *ntokens = len;
          return phrase;
        }
    }
  return NULL;
}

static gboolean
is_currency (const TimexCtx *c,
             guint           i)
{
  const TimexToken *t = timex_tok (c, i);
  const guchar *s;

  if (t == NULL)
    return FALSE;
  s = (const guchar *) c->text + t->start;
  if (t->kind == TT_PUNCT)
    return t->ch == '$';
  /* €, £, ¥, ₹ and "US$"-like words ending in a currency sign */
  return t->kind == TT_OTHER &&
         ((s[0] == 0xe2 && s[1] == 0x82) || (s[0] == 0xc2 && (s[1] == 0xa3 || s[1] == 0xa5)));
}

/* A digit run that stands alone: not part of "9,000", "3.5", "H100",
 * "$2025", "2025%" or a longer code. */
static gboolean
is_standalone_number (const TimexCtx *c,
                      guint           i)
{
  const TimexToken *next = timex_tok (c, i + 1);

  if (!timex_is_number (c, i))
    return FALSE;
  if (timex_glued (c, i))
    {
      const TimexToken *prev = &c->tok[i - 1];

      if (prev->kind == TT_WORD || prev->kind == TT_NUMBER || prev->kind == TT_OTHER)
        return FALSE;
      if ((prev->ch == '.' || prev->ch == ',') && i >= 2 && timex_glued (c, i - 1) &&
          c->tok[i - 2].kind == TT_NUMBER)
        return FALSE;
      if (prev->ch == '#' || is_currency (c, i - 1))
        return FALSE;
    }
  if (i > 0 && is_currency (c, i - 1))
    return FALSE;
  if (next != NULL && timex_glued (c, i + 1))
    {
      if (next->kind == TT_NUMBER || next->kind == TT_OTHER)
        return FALSE;
      if (next->kind == TT_PUNCT && (next->ch == '%' || next->ch == '$'))
        return FALSE;
      if ((next->ch == '.' || next->ch == ',') && timex_is_number (c, i + 2) && timex_glued (c, i + 2))
        return FALSE;
    }
  return TRUE;
}

gboolean
timex_standalone_number_known (const TimexCtx *c,
                               guint           i)
{
  gboolean standalone = is_standalone_number (c, i);

  c->standalone[i] = standalone ? TIMEX_STANDALONE_YES : TIMEX_STANDALONE_NO;
  return standalone;
}

/* Number of hyphen-joined digit runs around token I: "138-2010-2015" is
 * three, a telephone number rather than years. */
static guint
hyphen_chain (const TimexCtx *c,
              guint           i)
{
  guint parts = 1;

  for (guint k = i; k >= 2 && timex_is_punct (c, k - 1, '-') && timex_glued (c, k - 1) &&
       timex_glued (c, k) && timex_is_number (c, k - 2); k -= 2)
    parts++;
  for (guint k = i; timex_is_punct (c, k + 1, '-') && timex_glued (c, k + 1) &&
       timex_glued (c, k + 2) && timex_is_number (c, k + 2); k += 2)
    parts++;
  return parts;
}

/* Tens ("twenty") + units ("four"), or a single number word below 100. */
static gboolean
parse_small_number_word (const TimexCtx *c,
                         guint           i,
                         double         *value,
                         guint          *end)
{
  const TimexWord *w = timex_word (c, i);
  guint j = i + 1;

  if (w == NULL || !(w->classes & TW_NUMBER) || (w->classes & (TW_SCALE | TW_ARTICLE)) ||
      w->number < 0 || w->number >= 100)
    return FALSE;
  *value = w->number;
  if (w->number >= 20 && (int) w->number % 10 == 0)
    {
      guint k = timex_is_punct (c, j, '-') && timex_glued (c, j) ? j + 1 : j;
      const TimexWord *u = timex_word (c, k);

      if (u != NULL && (u->classes & TW_NUMBER) && !(u->classes & TW_ARTICLE) &&
          u->number >= 1 && u->number <= 9)
        {
          *value += u->number;
          j = k + 1;
        }
    }
  *end = j;
  return TRUE;
}

static gboolean
parse_digits (const TimexCtx *c,
              guint           i,
              double         *value,
              guint          *end)
{
  const TimexToken *t = timex_tok (c, i);
  guint j = i + 1;

  *value = t->number;
  /* "1,000", "2.5" */
  while (timex_is_punct (c, j, ',') && timex_glued (c, j) && timex_is_number (c, j + 1) &&
         timex_glued (c, j + 1) && c->tok[j + 1].length == 3)
    {
      *value = *value * 1000 + c->tok[j + 1].number;
      j += 2;
    }
  if (timex_is_punct (c, j, '.') && timex_glued (c, j) && timex_is_number (c, j + 1) &&
      timex_glued (c, j + 1) && c->tok[j + 1].length <= 3)
    {
      double frac = c->tok[j + 1].number;

      for (guint k = 0; k < c->tok[j + 1].length; k++)
        frac /= 10;
      *value += frac;
      j += 2;
    }
  /* "2 1/2" */
  if (timex_is_number (c, j) && !timex_glued (c, j) && timex_is_punct (c, j + 1, '/') &&
      timex_is_number (c, j + 2) && timex_glued (c, j + 1) && timex_glued (c, j + 2) &&
      c->tok[j + 2].number != 0 && c->tok[j].number < c->tok[j + 2].number)
    {
      *value += (double) c->tok[j].number / c->tok[j + 2].number;
      j += 3;
    }
  *end = j;
  return TRUE;
}

/* An amount: "24", "2.5", "2 1/2", "twenty-four", "a", "a few", "two
 * hundred", "one and a half".  ARTICLE tells "a"/"an" apart from "one". */
static gboolean
parse_number (const TimexCtx *c,
              guint           i,
              double         *value,
              guint          *end,
              gboolean       *article)
{
  const TimexWord *w;
  guint n;

  *article = FALSE;
  if (timex_is_number (c, i))
    {
      if (!timex_standalone_number (c, i) && !(timex_glued (c, i) && timex_is_punct (c, i - 1, '-')))
        return FALSE;
      /* the tokenizer saturates numbers of ten digits and more */
      if (c->tok[i].number == G_MAXUINT32)
        return FALSE;
      parse_digits (c, i, value, end);
    }
  else if ((w = timex_phrase_at (c, i, TW_NUMBER, &n)) != NULL)
    {
      if (n == 1 && (w->classes & TW_SCALE))
        return FALSE;
      if (n == 1 && !parse_small_number_word (c, i, value, end))
        {
          *value = w->number;
          *end = i + 1;
        }
      else if (n > 1)
        {
          *value = w->number;
          *end = i + n;
        }
      *article = n == 1 && (w->classes & TW_ARTICLE) != 0;
    }
  else
    return FALSE;

  /* "two hundred", "a thousand" */
  w = timex_word (c, *end);
  if (w != NULL && (w->classes & TW_SCALE) && *value > 0)
    {
      *value *= w->number;
      *end += 1;
      *article = FALSE;
    }
  /* "one and a half" */
  if (*value >= 0 && timex_is_grammar (c, *end, TG_AND) && timex_is_class (c, *end + 1, TW_ARTICLE) &&
      timex_is_grammar (c, *end + 2, TG_HALF))
    {
      *value += 0.5;
      *end += 3;
      *article = FALSE;
    }
  return TRUE;
}

void
timex_parse_number_memo (const TimexCtx *c,
                         guint           i)
{
  TimexNumberMemo *memo = c->numbers;

  memo->found = parse_number (c, i, &memo->value, &memo->end, &memo->article);
  memo->at = i + 1;
}

/* "8th", "23rd", "first", "twenty-first", "thirty first". */
gboolean
timex_parse_ordinal (const TimexCtx *c,
                     guint           i,
                     int            *value,
                     guint          *end)
{
  const TimexWord *w = timex_word (c, i);

  if (timex_is_number (c, i) && c->tok[i].length <= 2 && timex_is_grammar (c, i + 1, TG_ST) &&
      timex_glued (c, i + 1))
    {
      *value = c->tok[i].number;
      *end = i + 2;
      return TRUE;
    }
  if (w == NULL)
    return FALSE;
  if (w->classes & TW_ORDINAL)
    {
      *value = (int) w->number;
      *end = i + 1;
      return TRUE;
    }
  if ((w->classes & TW_NUMBER) && (w->number == 20 || w->number == 30))
    {
      guint k = timex_is_punct (c, i + 1, '-') && timex_glued (c, i + 1) ? i + 2 : i + 1;
      const TimexWord *u = timex_word (c, k);

      if (u != NULL && (u->classes & TW_ORDINAL) && u->number < 10)
        {
          *value = (int) (w->number + u->number);
          *end = k + 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* A spelled-out year: "nineteen ninety-six", "nineteen eighty". */
static gboolean
parse_spelled_year (const TimexCtx *c,
                    guint           i,
                    int            *year,
                    guint          *end)
{
  const TimexWord *w = timex_word (c, i);
  double rest;
  guint j;

  if (w == NULL || !(w->classes & TW_NUMBER) || w->number < 10 || w->number > 20 ||
      (w->classes & TW_ARTICLE))
    return FALSE;
  if (!parse_small_number_word (c, i + 1, &rest, &j) || rest < 10)
    return FALSE;
  *year = (int) (w->number * 100 + rest);
  *end = j;
  return TRUE;
}

gboolean
timex_parse_year_number_at (const TimexCtx *c,
                            guint           i,
                            int            *year,
                            guint          *end)
{
  const TimexToken *t = &c->tok[i];
  const TimexWord *next;
  int value;

  if (t->kind != TT_NUMBER)
    return parse_spelled_year (c, i, year, end);
  if (t->length != 4 || !timex_standalone_number (c, i) || hyphen_chain (c, i) > 2)
    return FALSE;
  value = t->number;
  if (value < 1000 || value > 2199)
    return FALSE;
  if (value < 1900 || value > 2099)
    {
      const TimexWord *prev = timex_word (c, i - 1);

      if (i == 0 || prev == NULL ||
          !(prev->grammar == TG_IN || prev->grammar == TG_OF || prev->grammar == TG_DURING ||
            (prev->classes & (TW_BOUND | TW_MONTH | TW_SEASON))))
        return FALSE;
    }
  /* "2000 people" keeps its number; "1,500 years" never got here */
  next = timex_word (c, i + 1);
  if (next != NULL && (next->classes & (TW_UNIT | TW_SCALE)) &&
      !(next->classes & (TW_MONTH | TW_ORDINAL)))
    return FALSE;
  *year = value;
  *end = i + 1;
  return TRUE;
}

/* ", 2025", " 2025", "of 2025", "-2025", "/2025" after a month or a day. */
gboolean
timex_parse_trailing_year (const TimexCtx *c,
                           guint           i,
                           int            *year,
                           guint          *end)
{
  guint j = i;

  if (timex_is_punct (c, j, ',') || timex_is_grammar (c, j, TG_OF) ||
      ((timex_is_punct (c, j, '-') || timex_is_punct (c, j, '/')) && timex_glued (c, j) &&
       timex_glued (c, j + 1)))
    j++;
  if (timex_is_number (c, j) && c->tok[j].length == 4 &&
      (c->tok[j].number >= 1000 && c->tok[j].number <= 2199) &&
      (timex_standalone_number (c, j) || timex_is_punct (c, j - 1, '-') || timex_is_punct (c, j - 1, '/')))
    {
      const TimexToken *next = timex_tok (c, j + 1);

      /* not the start of a clock time or a figure */
      if (next != NULL && timex_glued (c, j + 1) && next->kind == TT_PUNCT && next->ch == ':')
        return FALSE;
      *year = c->tok[j].number;
      *end = j + 1;
      return TRUE;
    }
  /* "January nineteen ninety-seven" */
  if (j == i && c->tok[j].kind == TT_WORD && timex_parse_year_number (c, j, year, end))
    return TRUE;
  /* "'25" */
  if (timex_is_punct (c, j, '\'') && timex_is_number (c, j + 1) && c->tok[j + 1].length == 2 &&
      timex_glued (c, j + 1) && !timex_is_grammar (c, j + 2, TG_S))
    {
      int yy = c->tok[j + 1].number;

      *year = yy < 50 ? 2000 + yy : 1900 + yy;
      *end = j + 2;
      return TRUE;
    }
  return FALSE;
}

static gboolean
sentence_end (const TimexToken *t)
{
  return (t->kind == TT_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == ';')) ||
         (t->flags & TF_PARAGRAPH);
}

/* Does the clause around tokens [FIRST, LAST) speak of the future ("will",
 * "is scheduled to")?  Then "Friday" is the coming Friday. */
gboolean
timex_future_context (const TimexCtx *c,
                      guint           first,
                      guint           last)
{
  for (guint k = first, steps = 0; k > 0 && steps < 10; k--, steps++)
    {
      const TimexToken *t = &c->tok[k - 1];

      if (t->word != NULL && (t->word->classes & TW_FUTURE))
        return TRUE;
      if (sentence_end (t) && t->ch != '.')
        break;
      if (t->kind == TT_PUNCT && t->ch == '.' && !(t->flags & TF_SPACE))
        break;
    }
  for (guint k = last, steps = 0; k < c->n && steps < 6; k++, steps++)
    {
      const TimexToken *t = &c->tok[k];

      if (sentence_end (t))
        break;
      if (t->word != NULL && (t->word->classes & TW_FUTURE))
        return TRUE;
    }
  return FALSE;
}

/* Words before a bare month name that make it a date: "in May", "since
 * March", "last May", "April and May". */
static gboolean
month_cue_before (const TimexCtx *c,
                  guint           i)
{
  const TimexWord *prev = i > 0 ? timex_word (c, i - 1) : NULL;

  if (prev == NULL)
    return FALSE;
  if (prev->grammar == TG_IN || prev->grammar == TG_OF || prev->grammar == TG_DURING ||
      (prev->classes & (TW_BOUND | TW_SHIFT | TW_POSITION | TW_SET_CUE)))
    return TRUE;
  if ((prev->grammar == TG_AND || prev->grammar == TG_OR || prev->grammar == TG_TO) && i >= 2)
    return timex_is_class (c, i - 2, TW_MONTH);
  return FALSE;
}

/* May the month name at token I stand alone (no day, no year), NEXT being
 * the token after it? */
gboolean
timex_month_ok (const TimexCtx *c,
                guint           i,
                guint           next)
{
  const TimexToken *t = &c->tok[i];
  const TimexToken *after = timex_tok (c, next);
  guint64 classes = t->word->classes;
  gboolean cue = month_cue_before (c, i);

  if (classes & TW_MONTH_ABBREV)
    return FALSE;
  if (classes & TW_MONTH_AMBIGUOUS)
    {
      /* "may" the verb is followed by a verb; "in May," or "in May." is a month */
      gboolean closed = after == NULL || after->kind == TT_PUNCT ||
                        (after->word != NULL && (after->word->grammar == TG_AND ||
                                                 after->word->grammar == TG_OR ||
                                                 after->word->grammar == TG_TO ||
                                                 (after->word->classes & (TW_SHIFT | TW_BOUND))));

      if (!cue || (!(t->flags & TF_CAPITAL) && !closed))
        return FALSE;
      if (t->flags & TF_ALL_CAPS)
        return FALSE;
      return closed || (after->kind == TT_WORD && !(after->flags & TF_CAPITAL) &&
                        after->word != NULL && (after->word->classes & ~TW_GRAMMAR) != 0);
    }
  /* "June Carter", "April Ryan": a first name */
  if (!cue && after != NULL && after->kind == TT_WORD && (after->flags & TF_CAPITAL) &&
      after->word == NULL)
    return FALSE;
  return TRUE;
}

TimexPoint
timex_ctx_anchor (const TimexCtx *c,
                  TimexGran       gran)
{
  return c->has_dct ? timex_point_at (c->dct, gran) : timex_point_unknown (gran);
}

/* A point named without its year ("June 8", "the third quarter", "in
 * March") takes the year that puts it nearest the DCT, the future costing
 * more unless the sentence speaks of it. */
void
timex_resolve_nearest (const TimexCtx *c,
                       TimexMatch     *m,
                       gboolean        future)
{
  double best_cost = G_MAXDOUBLE;
  int best_year = 0;

  m->relative = TRUE;
  if (!c->has_dct || m->point.year != 0)
    return;
  for (int y = c->dct_year - 1; y <= c->dct_year + 1; y++)
    {
      TimexPoint candidate = m->point;
      gint32 low, high;
      double cost;

      candidate.year = y;
      if (candidate.gran == TIMEX_GRAN_DAY &&
          candidate.day > timex_days_in_month (y, candidate.index))
        continue;
      if (!timex_point_range (&candidate, &low, &high))
        return;
      if (high < c->dct)
        cost = c->dct - high;
      else if (low > c->dct)
        cost = (low - c->dct) * (future ? 0.5 : 2.0);
      else
        cost = 0;
      if (cost < best_cost)
        {
          best_cost = cost;
          best_year = y;
        }
    }
  m->point.year = best_year;
}
