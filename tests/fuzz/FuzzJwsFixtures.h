// Tokens and keys made once with OpenSSL for these harnesses; the signatures are filler bytes of the
// right length, so nothing here ever verifies.
#pragma once

#include <QByteArray>
#include <QString>

static const char* const FuzzTokens[] = {
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmdXp6IiwiZXhwIjoxNzAwMDAwMDAwfQ.CzBVep_E6Q4zWH2ix-wRNluApcrvFDleg6jN8hc8YYY",
    "eyJhbGciOiJSUzI1NiIsImtpZCI6InJzYTEifQ.eyJzdWIiOiJmdXp6IiwiZXhwIjoxNzAwMDAwMDAwfQ.CzBVep_E6Q4zWH2ix-"
    "wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW-yBFao-02f4jSG2St9wBJktwlbrfBClOc5i94gcsUXabwOUKL1R5nsPoDTJXfKHG6xA1Wn-"
    "kye4TOF2Cp8zxFjtgharP9Bk-Y4it0vccQWaLsNX6H0RpjrPY_SJHbJG22wAlSm-Uud4DKE1yl7zhBitQdZq_5AkuU3idwucMMVZ7oMXqDzRZfqPI7RI3XIGmy_AVOl-"
    "Eqc7zGD1ih6zR9htAZYqv1PkeQ2iNstf8IUZrkLXa_yRJbpO43QInTHGWu-AFKk90mb7jCC1Sd5zB5g",
    "eyJhbGciOiJQUzM4NCIsImtpZCI6InJzYTEifQ.eyJzdWIiOiJmdXp6IiwiZXhwIjoxNzAwMDAwMDAwfQ.CzBVep_E6Q4zWH2ix-"
    "wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW-yBFao-02f4jSG2St9wBJktwlbrfBClOc5i94gcsUXabwOUKL1R5nsPoDTJXfKHG6xA1Wn-"
    "kye4TOF2Cp8zxFjtgharP9Bk-Y4it0vccQWaLsNX6H0RpjrPY_SJHbJG22wAlSm-Uud4DKE1yl7zhBitQdZq_5AkuU3idwucMMVZ7oMXqDzRZfqPI7RI3XIGmy_AVOl-"
    "Eqc7zGD1ih6zR9htAZYqv1PkeQ2iNstf8IUZrkLXa_yRJbpO43QInTHGWu-AFKk90mb7jCC1Sd5zB5g",
    "eyJhbGciOiJFUzI1NiIsImtpZCI6ImVjMSJ9.eyJzdWIiOiJmdXp6IiwiZXhwIjoxNzAwMDAwMDAwfQ.CzBVep_E6Q4zWH2ix-"
    "wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW-yBFao-02f4jSG2St9wBJg",
    "eyJhbGciOiJFZERTQSIsImtpZCI6ImVkMSJ9.eyJzdWIiOiJmdXp6IiwiZXhwIjoxNzAwMDAwMDAwfQ.CzBVep_E6Q4zWH2ix-"
    "wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW-yBFao-02f4jSG2St9wBJg",
    "eyJhbGciOiJub25lIn0.eyJzdWIiOiJmdXp6IiwiZXhwIjoxNzAwMDAwMDAwfQ."};

static const char* const FuzzKeys[] = {
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAskVxUZ9hCl7Qr7QySErR\n"
    "ySqKwgbDevqs48VhjQ9fNnZjVGC6ci6Feg9ro5j93s7Kca8LEJH5mwx82/eU21Kc\n"
    "TGRN3yU/ugjsOCJzxkuV4qqiBN/2CtaEVK1imMy2D+j9oDdBCT2ktNp4wO8A7cml\n"
    "aFs78qdcXs3POEdzpQH68nx7D7jTw69+Usu/giwbybFix3AXftmVZXERWcHZXJ0B\n"
    "HEQo6vYInH9jvOELF031EBvhg2yUCPgM7+WeQSl+c3T8x+fDmKDWw91XVMLPt3tD\n"
    "dCmPLDzJLoa7xzgoYix4QbW2HUhqtlRaNYb2nFXduOJBVxfy8WEPAk3PrKJWpLMR\n"
    "lwIDAQAB\n"
    "-----END PUBLIC KEY-----\n",
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEF9yzALPWR382QBCI5i4oA8NiQ1ro\n"
    "HbUDgQ1EU5kJ2cKgUUN21mtQ4PrHDVdE2O+cqrIhpsriNBs+3CQThpfuFg==\n"
    "-----END PUBLIC KEY-----\n",
    "-----BEGIN PUBLIC KEY-----\n"
    "MCowBQYDK2VwAyEAPfBNj9BsM7TPNmy/jN1BPQsnavEoOgfiLJFNi7EXpxM=\n"
    "-----END PUBLIC KEY-----\n",
    "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"hs1\",\"alg\":\"HS256\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ\"}]}",
};
