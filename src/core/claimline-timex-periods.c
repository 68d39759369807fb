/* claimline-timex-periods.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-timex-private.h"

/* Periods longer than a month: years ("2024", "fiscal 1989", "the year
 * 2000"), decades ("the 1990s", "the '90s"), centuries, quarters ("Q3
 * 2026", "the third quarter"), halves ("the first half of 2025", "H1
 * 2025") and seasons ("summer 2025", "the fall"). */

static void
set_period (TimexMatch *m,
            TimexGran   gran,
            int         year,
            int         index)
{
  m->point.gran = gran;
  m->point.year = year;
  m->point.index = index;
}

/* "the year 2000", "the year two thousand" */
static gboolean
parse_the_year (const TimexCtx *c,
                guint           j,
                int            *year,
                guint          *end)
{
  double value;
  gboolean article;

  if (!timex_is_grammar (c, j, TG_YEAR))
    return FALSE;
  if (timex_parse_year_number (c, j + 1, year, end))
    return TRUE;
  if (!timex_is_number (c, j + 1) && timex_parse_number (c, j + 1, &value, end, &article) &&
      value >= 1000 && value <= 2199 && value == (int) value)
    {
      *year = (int) value;
      return TRUE;
    }
  return FALSE;
}

/* "fiscal 1989", "fiscal year 2025", "FY2025", "FY 25" */
static gboolean
parse_fiscal_year (const TimexCtx *c,
                   guint           j,
                   int            *year,
                   guint          *end)
{
  if (timex_is_grammar (c, j, TG_FISCAL))
    {
      if (timex_is_grammar (c, j + 1, TG_YEAR))
        j++;
      return timex_parse_year_number (c, j + 1, year, end) ||
             timex_parse_trailing_year (c, j + 1, year, end);
    }
  if (timex_is_grammar (c, j, TG_FY) && (c->tok[j].flags & TF_ALL_CAPS) && timex_is_number (c, j + 1))
    {
      const TimexToken *n = &c->tok[j + 1];
      int value = n->number;

      if (n->length != 2 && n->length != 4)
        return FALSE;
      *year = n->length == 4 ? value : value < 50 ? 2000 + value : 1900 + value;
      *end = j + 2;
      return TRUE;
    }
  return FALSE;
}

/* "1990s", "'90s", "90s", "nineties": the first year of a decade, 0 when
 * none; RELATIVE when the century is guessed from the DCT. */
static int
parse_decade (const TimexCtx *c,
              guint           j,
              guint          *end,
              gboolean       *relative)
{
  const TimexToken *t = timex_tok (c, j);
  guint k = j;
  int value;

  if (timex_is_punct (c, k, '\'') && timex_is_number (c, k + 1) && timex_glued (c, k + 1))
    t = &c->tok[++k];
  if (t != NULL && t->word != NULL && (t->word->classes & TW_DECADE_WORD))
    {
      value = (int) t->word->number;
      *end = k + 1;
    }
  else if (t == NULL || t->kind != TT_NUMBER || t->number % 10 != 0 ||
           (t->length != 4 && t->length != 2))
    return 0;
  else if (!timex_is_grammar (c, k + 1, TG_S) || !timex_glued (c, k + 1) ||
           (timex_glued (c, k + 2) && c->tok[k + 2].kind != TT_PUNCT))
    return 0;
  else
    {
      value = t->number;
      *end = k + 2;
    }
  *relative = value < 100;
  if (value < 100)
    {
      int century = c->has_dct ? c->dct_year / 100 * 100 : 1900;

      value += century;
      if (c->has_dct && value > c->dct_year)
        value -= 100;
    }
  return value;
}

/* "the 20th century", "the twenty-first century" */
static gboolean
parse_century (const TimexCtx *c,
               guint           j,
               int            *year,
               guint          *end)
{
  int n;
  guint k;
  const TimexWord *w;

  if (!timex_parse_ordinal (c, j, &n, &k) || n < 1 || n > 30)
    return FALSE;
  w = timex_word (c, k);
  if (w == NULL || !(w->classes & TW_UNIT) || w->unit != TU_CENTURY || (w->classes & TW_UNIT_PLURAL))
    return FALSE;
  *year = (n - 1) * 100;
  *end = k + 1;
  return TRUE;
}

gboolean
timex_match_year (TimexCtx   *c,
                  guint       i,
                  TimexMatch *m)
{
  guint j = timex_is_grammar (c, i, TG_THE) ? i + 1 : i;
  const TimexWord *pos = timex_word (c, j);
  int year, decade;
  gboolean relative;
  guint end;

  timex_match_init (m, i, TIMEX_FORM_POINT);
  m->point.gran = TIMEX_GRAN_YEAR;
  if ((j > i && parse_the_year (c, j, &year, &end)) || parse_fiscal_year (c, j, &year, &end))
    {
      m->point.year = year;
      m->last = end;
      return TRUE;
    }
  if (j > i && parse_century (c, j, &year, &end))
    {
      set_period (m, TIMEX_GRAN_CENTURY, year, 0);
      m->last = end;
      return TRUE;
    }
  /* "the late 1970s", "the mid-1990s" */
  if (j > i && pos != NULL && (pos->classes & TW_POSITION) && pos->ntokens == 1)
    {
      m->mod = pos->position == TP_START ? "START" : pos->position == TP_MID ? "MID" : "END";
      j++;
      if (timex_is_punct (c, j, '-') && timex_glued (c, j))
        j++;
    }
  if ((decade = parse_decade (c, j, &end, &relative)) != 0)
    {
      set_period (m, TIMEX_GRAN_DECADE, decade, 0);
      m->last = end;
      m->relative = relative;
      return TRUE;
    }
  if (j > i || !timex_parse_year_number (c, i, &year, &end))
    return FALSE;
  m->point.year = year;
  m->last = end;
  return TRUE;
}

/* "this year's", "last year's", "2025's", "fiscal 2025": the year a
 * quarter or half belongs to, given before it. */
static guint
parse_year_before (TimexCtx   *c,
                   guint       j,
                   int        *year,
                   gboolean   *relative)
{
  const TimexWord *w = timex_word (c, j);
  guint end;

  if (w != NULL && (w->classes & TW_SHIFT) && timex_is_grammar (c, j + 1, TG_YEAR) &&
      timex_is_punct (c, j + 2, '\'') && timex_is_grammar (c, j + 3, TG_S))
    {
      *year = c->has_dct ? c->dct_year + w->shift : 0;
      *relative = TRUE;
      return j + 4;
    }
  if (timex_is_grammar (c, j, TG_FISCAL))
    j++;
  if (timex_parse_year_number (c, j, year, &end))
    {
      if (timex_is_punct (c, end, '\'') && timex_is_grammar (c, end + 1, TG_S))
        end += 2;
      if (timex_is_grammar (c, end, TG_FISCAL))
        end++;
      return end;
    }
  *year = 0;
  return j;
}

static gboolean
preceded_glued_word (const TimexCtx *c,
                     guint           j)
{
  return timex_glued (c, j) && c->tok[j - 1].kind != TT_PUNCT;
}

/* "Q3", "3Q", "third quarter", "third-quarter", "H1", "first half". */
static gboolean
parse_quarter_name (const TimexCtx *c,
                    guint           j,
                    TimexGran      *gran,
                    int            *index,
                    guint          *end,
                    gboolean       *notation)
{
  const TimexWord *w;
  int n;
  guint k;

  *notation = FALSE;
  if ((timex_is_grammar (c, j, TG_Q) || (timex_is_grammar (c, j, TG_H) && (c->tok[j].flags & TF_CAPITAL))) &&
      timex_is_number (c, j + 1) && timex_glued (c, j + 1) && c->tok[j + 1].length == 1 &&
      !preceded_glued_word (c, j))
    {
      *gran = timex_is_grammar (c, j, TG_Q) ? TIMEX_GRAN_QUARTER : TIMEX_GRAN_HALF;
      *index = c->tok[j + 1].number;
      *end = j + 2;
      *notation = TRUE;
    }
  else if (timex_is_number (c, j) && c->tok[j].length == 1 && timex_glued (c, j + 1) &&
           (timex_is_grammar (c, j + 1, TG_Q) || timex_is_grammar (c, j + 1, TG_H)) &&
           (c->tok[j + 1].flags & TF_CAPITAL) && !preceded_glued_word (c, j))
    {
      *gran = timex_is_grammar (c, j + 1, TG_Q) ? TIMEX_GRAN_QUARTER : TIMEX_GRAN_HALF;
      *index = c->tok[j].number;
      *end = j + 2;
      *notation = TRUE;
    }
  else if (timex_parse_ordinal (c, j, &n, &k) || timex_is_grammar (c, j, TG_LAST))
    {
      /* "the last quarter of 2025" is its fourth */
      if (timex_is_grammar (c, j, TG_LAST))
        {
          n = 0;
          k = j + 1;
        }
      if (timex_is_punct (c, k, '-') && timex_glued (c, k))
        k++;
      w = timex_word (c, k);
      if (w != NULL && (w->classes & TW_UNIT) && w->unit == TU_QUARTER && !(w->classes & TW_UNIT_PLURAL))
        *gran = TIMEX_GRAN_QUARTER;
      else if (timex_is_grammar (c, k, TG_HALF))
        *gran = TIMEX_GRAN_HALF;
      else
        return FALSE;
      *index = n != 0 ? n : *gran == TIMEX_GRAN_QUARTER ? 4 : 2;
      *end = k + 1;
    }
  else
    return FALSE;
  if (*notation && timex_glued (c, *end) && !timex_is_punct (c, *end, '-') &&
      !timex_is_punct (c, *end, '/') && c->tok[*end].kind != TT_PUNCT)
    return FALSE;
  return *index >= 1 && *index <= (*gran == TIMEX_GRAN_QUARTER ? 4 : 2);
}

/* After a quarter: " 2026", "of 2025", "of fiscal 2025", "'26", "FY26",
 * "of last year", "of the year". */
static gboolean
parse_year_after (TimexCtx   *c,
                  guint       j,
                  int        *year,
                  guint      *end,
                  gboolean   *relative)
{
  const TimexWord *w;
  guint k = j;

  if (timex_parse_trailing_year (c, j, year, end))
    return TRUE;
  if (timex_is_grammar (c, k, TG_OF) || timex_is_punct (c, k, ','))
    k++;
  if (timex_parse_year_number (c, k, year, end) && !timex_is_punct (c, k - 1, ','))
    return TRUE;
  if (parse_fiscal_year (c, k, year, end))
    return TRUE;
  w = timex_word (c, k);
  if (w != NULL && (w->classes & TW_SHIFT) && timex_is_grammar (c, k + 1, TG_YEAR))
    {
      *year = c->has_dct ? c->dct_year + w->shift : 0;
      *relative = TRUE;
      *end = k + 2;
      return TRUE;
    }
  if (k > j && timex_is_grammar (c, k, TG_THE) && timex_is_grammar (c, k + 1, TG_YEAR))
    {
      *year = c->has_dct ? c->dct_year : 0;
      *relative = TRUE;
      *end = k + 2;
      return TRUE;
    }
  return FALSE;
}

/* "the 1988 period", "last year's quarter": in an earnings report, the
 * quarter named before, in that year. */
static gboolean
match_year_period (TimexCtx   *c,
                   guint       i,
                   guint       j,
                   int         year,
                   TimexMatch *m)
{
  const TimexWord *w = timex_word (c, j);

  if (w == NULL || timex_is_grammar (c, j + 1, TG_OF) ||
      !(w->grammar == TG_PERIOD ||
        ((w->classes & TW_UNIT) && w->unit == TU_QUARTER && !(w->classes & TW_UNIT_PLURAL))))
    return FALSE;
  if (timex_recent_quarter (c, i))
    set_period (m, TIMEX_GRAN_QUARTER, year, c->last_quarter.index);
  else if (w->grammar == TG_PERIOD)
    set_period (m, TIMEX_GRAN_YEAR, year, 0);
  else
    set_period (m, TIMEX_GRAN_QUARTER, year, 0);
  m->last = j + 1;
  return TRUE;
}

gboolean
timex_match_quarter (TimexCtx   *c,
                     guint       i,
                     TimexMatch *m)
{
  guint j = timex_is_grammar (c, i, TG_THE) ? i + 1 : i;
  gboolean relative = FALSE, notation, found_year;
  int year = 0, year_after, index;
  TimexGran gran;
  guint end;

  timex_match_init (m, i, TIMEX_FORM_POINT);
  j = parse_year_before (c, j, &year, &relative);
  if ((year != 0 || relative) && match_year_period (c, i, j, year, m))
    {
      m->relative = relative;
      return TRUE;
    }
  if (timex_is_grammar (c, j, TG_FISCAL))
    j++;
  if (!parse_quarter_name (c, j, &gran, &index, &end, &notation))
    return FALSE;
  found_year = year != 0 || relative;
  if (!found_year && parse_year_after (c, end, &year_after, &end, &relative))
    {
      year = year_after;
      found_year = TRUE;
    }
  /* "the first half" of a match or of a film: only with its year; "the
   * last quarter" alone is the previous one, not the fourth */
  if ((gran == TIMEX_GRAN_HALF || timex_is_grammar (c, j, TG_LAST)) && !found_year)
    return FALSE;
  set_period (m, gran, year, index);
  m->last = end;
  m->relative = relative;
  m->names_quarter = gran == TIMEX_GRAN_QUARTER;
  /* "the third-quarter loss": the article belongs to the noun */
  if (m->first == i && timex_is_grammar (c, i, TG_THE) && timex_is_punct (c, end - 2, '-'))
    m->first = i + 1;
  if (!found_year)
    timex_resolve_nearest (c, m, timex_future_context (c, i, end));
  return TRUE;
}

/* Words before a season that make it one: "in summer", "since the fall". */
static gboolean
season_cue (const TimexCtx *c,
            guint           i)
{
  const TimexWord *prev = i > 0 ? timex_word (c, i - 1) : NULL;

  return prev != NULL &&
         (prev->grammar == TG_IN || prev->grammar == TG_DURING || prev->grammar == TG_OVER ||
          prev->grammar == TG_FOR || prev->grammar == TG_THAT ||
          (prev->classes & (TW_BOUND | TW_POSITION)));
}

gboolean
timex_match_season (TimexCtx   *c,
                    guint       i,
                    TimexMatch *m)
{
  guint j = timex_is_grammar (c, i, TG_THE) ? i + 1 : i;
  const TimexWord *w = timex_word (c, j);
  gboolean ambiguous;
  int year;
  guint end;

  if (w == NULL || !(w->classes & TW_SEASON))
    return FALSE;
  timex_match_init (m, i, TIMEX_FORM_POINT);
  set_period (m, TIMEX_GRAN_SEASON, 0, w->season + 1);
  m->last = j + 1;
  if (timex_parse_trailing_year (c, j + 1, &year, &end) ||
      (timex_is_grammar (c, j + 1, TG_OF) && timex_parse_year_number (c, j + 2, &year, &end)))
    {
      m->point.year = year;
      m->last = end;
      return TRUE;
    }
  ambiguous = (w->classes & TW_SEASON_AMBIGUOUS) != 0;
  if (!season_cue (c, i) && (j == i || ambiguous))
    return FALSE;
  /* "the fall of Rome" */
  if (ambiguous && timex_is_grammar (c, j + 1, TG_OF))
    return FALSE;
  timex_resolve_nearest (c, m, timex_future_context (c, i, j + 1));
  return TRUE;
}
