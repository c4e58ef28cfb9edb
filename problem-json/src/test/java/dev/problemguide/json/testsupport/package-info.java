/**
 * Test support shared with the other modules through this module's test jar: the RFC 9457 Appendix A
 * schema check and a Jersey test base bound to loopback.
 */
package dev.problemguide.json.testsupport;
