/* claimline-timex-deixis.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-timex-private.h"

/* Days named from the publication date ("today", "yesterday morning",
 * "last night", "on Friday") and the present, past and future as a whole
 * ("now", "recently", "the future"). */

static void
set_day_offset (const TimexCtx *c,
                TimexMatch     *m,
                int             offset)
{
  m->relative = TRUE;
  m->point = c->has_dct ? timex_point_at (c->dct + offset, TIMEX_GRAN_DAY)
                        : timex_point_unknown (TIMEX_GRAN_DAY);
}

/* "this morning", "last night", "tomorrow evening" */
static gboolean
match_shifted_part_of_day (TimexCtx   *c,
                           guint       i,
                           TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);

  if (w == NULL || !(w->classes & TW_SHIFT) || w->shift > 0 ||
      !timex_is_class (c, i + 1, TW_PART_OF_DAY))
    return FALSE;
  if (w->shift < 0 && w->grammar != TG_LAST)
    return FALSE;
  set_day_offset (c, m, w->shift);
  m->last = timex_parse_part_of_day (c, i + 1, m);
  return m->last > i + 1;
}

/* "the day before yesterday", "the day after tomorrow" */
static gboolean
match_day_around (TimexCtx   *c,
                  guint       i,
                  TimexMatch *m)
{
  const TimexWord *w;
  int offset;

  if (!timex_is_grammar (c, i, TG_THE) || !timex_is_grammar (c, i + 1, TG_DAY))
    return FALSE;
  if (timex_is_grammar (c, i + 2, TG_BEFORE))
    offset = -1;
  else if (timex_is_grammar (c, i + 2, TG_AFTER))
    offset = 1;
  else
    return FALSE;
  w = timex_word (c, i + 3);
  if (w == NULL || !(w->classes & TW_DEICTIC) || w->day_offset == 0)
    return FALSE;
  set_day_offset (c, m, w->day_offset + offset);
  m->last = i + 4;
  return TRUE;
}

gboolean
timex_match_deictic (TimexCtx   *c,
                     guint       i,
                     TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);

  timex_match_init (m, i, TIMEX_FORM_POINT);
  if (match_shifted_part_of_day (c, i, m) || match_day_around (c, i, m))
    return TRUE;
  if (w == NULL || !(w->classes & TW_DEICTIC))
    return FALSE;
  set_day_offset (c, m, w->day_offset);
  if (w->part_of_day[0] != '\0')
    {
      g_strlcpy (m->time, w->part_of_day, sizeof m->time);
      m->type = CLAIMLINE_TIMEX_TIME;
      m->last = i + 1;
    }
  else
    m->last = timex_parse_part_of_day (c, i + 1, m);
  return TRUE;
}

/* "Friday", "Friday morning"; "Mondays" and "Tuesday nights" are sets. */
gboolean
timex_match_weekday (TimexCtx   *c,
                     guint       i,
                     TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);
  const TimexWord *next;

  if (w == NULL || !(w->classes & TW_WEEKDAY) || (w->classes & TW_WEEKDAY_ABBREV))
    return FALSE;
  timex_match_init (m, i, TIMEX_FORM_POINT);
  next = timex_word (c, i + 1);
  if ((w->classes & TW_WEEKDAY_PLURAL) ||
      (next != NULL && (next->classes & TW_PART_OF_DAY) && (next->classes & TW_UNIT_PLURAL)))
    {
      m->form = TIMEX_FORM_SET;
      m->type = CLAIMLINE_TIMEX_SET;
      m->point = timex_point_unknown (TIMEX_GRAN_DAY);
      m->point.weekday = w->weekday;
      m->last = i + 1;
      if (next != NULL && (next->classes & TW_PART_OF_DAY))
        {
          g_strlcpy (m->time, next->part_of_day, sizeof m->time);
          m->last++;
        }
      return TRUE;
    }
  timex_resolve_weekday (c, m, w->weekday, timex_future_context (c, i, i + 1));
  m->last = timex_parse_part_of_day (c, i + 1, m);
  return TRUE;
}

/* "current" is PRESENT_REF as an adjective ("the current chief"), but
 * "the current quarter" is a quarter and "the current" a stream. */
static gboolean
current_ok (const TimexCtx *c,
            guint           i)
{
  const TimexToken *next = timex_tok (c, i + 1);

  return next != NULL && next->kind == TT_WORD &&
         (next->word == NULL || !(next->word->classes & (TW_UNIT | TW_GRAMMAR)));
}

gboolean
timex_match_ref (TimexCtx   *c,
                 guint       i,
                 TimexMatch *m)
{
  const TimexWord *w;
  guint n;

  w = timex_phrase_at (c, i, TW_REF, &n);
  if (w == NULL)
    return FALSE;
  if (n == 1 && (w->classes & TW_SHIFT) && !current_ok (c, i))
    return FALSE;
  /* "as soon as", "soon after": relative to some other event */
  if (g_str_equal (w->ref, "FUTURE_REF") && n == 1 &&
      (timex_is_grammar (c, i + n, TG_AS) || timex_is_grammar (c, i + n, TG_AFTER) ||
       timex_is_grammar (c, i + n, TG_BEFORE)))
    return FALSE;
  /* "now-defunct" */
  if (timex_is_punct (c, i + n, '-') && timex_glued (c, i + n))
    return FALSE;
  timex_match_init (m, i, TIMEX_FORM_REF);
  m->ref = w->ref;
  m->relative = TRUE;
  m->last = i + n;
  return TRUE;
}
