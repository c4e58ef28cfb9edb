package dev.problemguide.compat.matrix;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of an order to place, validated by Bean Validation.
 *
 * @param item     what to order, not blank
 * @param quantity how many, at least one
 */
public record NewOrder(@NotBlank String item, @Min(1) int quantity) {
}
