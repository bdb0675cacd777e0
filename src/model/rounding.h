/*
 * rounding.h: rounding a table's figures to a unit (whole kronor, tkr) so
 * that the rounded parts still add up to the rounded total. Each part is
 * rounded half away from zero; what the parts then lack or exceed against
 * the rounded total is placed a unit at a time on the parts rounding moved
 * furthest the other way (the largest remainder; ties to the largest
 * amount), so the printed table adds up, a part that was exact keeps its
 * figure whenever another can take the difference, and no part moves by
 * more than a unit from its own rounding.
 */
#ifndef FINSAM_MODEL_ROUNDING_H
#define FINSAM_MODEL_ROUNDING_H

#include <stddef.h>
#include <stdint.h>

/* Rounds parts[0..n) (öre) in place to multiples of unit (öre) and returns
 * the rounded total (öre): round(Σ parts). After the call the parts sum to
 * it exactly. Returns the rounded total; when n is 0 that is 0. */
int64_t round_parts(int64_t *parts, size_t n, int64_t unit);
/* The same, with the total the rounded parts must reach given (a multiple
 * of unit): for parts that add up to a total rounded elsewhere. */
void round_parts_to(int64_t *parts, size_t n, int64_t unit, int64_t total);

#endif
