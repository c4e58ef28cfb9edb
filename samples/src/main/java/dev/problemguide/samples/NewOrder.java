package dev.problemguide.samples;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** An order as a client posts it; the constraints show how validation errors point into the body. */
public class NewOrder {

    /** The customer, sent as {@code customer_id}. */
    @NotBlank
    @JsonProperty("customer_id")
    public String customerId;

    /** The lines; at least one. */
    @NotEmpty
    @Valid
    public List<Line> items;

    /** One line of an order. */
    public static class Line {
        /** The product. */
        @NotBlank
        public String sku;

        /** How many; at least one. */
        @Min(1)
        public int quantity;
    }
}
