/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts.
 * Do not make direct changes to the file: edit the YAML and run `npm run generate`.
 */
export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "PORTOS Sessions API",
    "version": "0.1.0",
    "summary": "Sessions and JWT bearer authentication of the PORTOS point-of-sale API.",
    "description": "The contract of the PORTOS Sessions resource and the JWT bearer authentication that creates sessions,\nas documented on developers.portos.sk (pages \"Sessions\" and \"JWT Bearer Authentication\").\nThis one document is the source of the project's generated TypeScript types, of the validators used by\nthe mock and the contract tests, and of Prism's mock and validating proxy.\n\nLists speak **NData**, PORTOS' query language: `$skip`, `$take`, `$sort`, `$count` and filters\nwritten `member=OPERATOR:ARG;OPERATOR:ARG`. See docs/ndata.md in the project for the full syntax.\n\nErrors are `application/problem+json` (RFC 7807). Titles are localised by `Accept-Language`\n(`sk-SK`, the default, or `en-GB`).\n\nObjects in responses are closed (`additionalProperties: false`) so that a server that drifts from this\ncontract is caught by the contract tests.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "PORTOS mock maintainers",
      "url": "https://developers.portos.sk/api-reference/sessions"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010",
      "description": "The local stateful mock (`npm start`)."
    },
    {
      "url": "{scheme}://{serverAddress}",
      "description": "A PORTOS server.",
      "variables": {
        "scheme": {
          "default": "https",
          "enum": [
            "http",
            "https"
          ]
        },
        "serverAddress": {
          "default": "portos.local",
          "description": "Host (and port) of the PORTOS server."
        }
      }
    }
  ],
  "tags": [
    {
      "name": "Sessions",
      "description": "A session is created when a user authenticates. Deleting the session makes the token issued by that\nauthentication unusable: the user must log in again.\n"
    },
    {
      "name": "Auth",
      "description": "JWT bearer authentication. `POST /api/auth` logs a user in on a device and returns a token; every\nother request carries it as `Authorization: Bearer {tokenId}`.\n"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "paths": {
    "/sessions": {
      "get": {
        "operationId": "getSessions",
        "tags": [
          "Sessions"
        ],
        "summary": "List sessions",
        "description": "Returns the sessions that match the query, as `QueryResult<Session>`.\n\nPaging happens after filtering and sorting: `count` is the number of items in this page and\n`totalCount` the number of sessions that match the filter before paging. With `$count=true` the\nresponse has `count` and `totalCount` but no `items`.\n\nExamples: `?$sort=-lastAccessAt&$skip=20&$take=10`,\n`?sessionId=in:soZIt6uj62fzs8ep4UvnNSxRXFryUiq3:Hq6563mjODIOwNa87Cgi295uNPlKeOqA`,\n`?sessionId=gt:a;lt:n&$count=true`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/SessionIdFilter"
          },
          {
            "$ref": "#/components/parameters/Skip"
          },
          {
            "$ref": "#/components/parameters/Take"
          },
          {
            "$ref": "#/components/parameters/Sort"
          },
          {
            "$ref": "#/components/parameters/Count"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The page of sessions that match the query.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionQueryResult"
                },
                "examples": {
                  "documented": {
                    "summary": "The two sessions shown on the PORTOS Sessions page",
                    "value": {
                      "items": [
                        {
                          "sessionId": "soZIt6uj62fzs8ep4UvnNSxRXFryUiq3",
                          "identity": {
                            "userName": "999",
                            "deviceName": "P01",
                            "envName": "CashRegister",
                            "authenticationType": "Bearer"
                          },
                          "startedAt": "2023-08-04T11:19:38.015Z",
                          "expiresAt": "2023-08-04T23:19:38.015Z",
                          "lastAccessAt": "2023-08-04T11:19:39.98Z",
                          "_v": 2
                        },
                        {
                          "sessionId": "Hq6563mjODIOwNa87Cgi295uNPlKeOqA",
                          "identity": {
                            "userName": "999",
                            "deviceName": "BackOffice",
                            "envName": "BackOffice",
                            "authenticationType": "Bearer"
                          },
                          "startedAt": "2023-08-04T21:21:07.66Z",
                          "expiresAt": "2023-08-05T09:21:07.66Z",
                          "lastAccessAt": "2023-08-04T21:21:11.578Z",
                          "_v": 4
                        }
                      ],
                      "count": 2,
                      "totalCount": 2
                    }
                  },
                  "countOnly": {
                    "summary": "`$count=true`: counts without items",
                    "value": {
                      "count": 2,
                      "totalCount": 2
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationProblem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      }
    },
    "/sessions/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "get": {
        "operationId": "getSession",
        "tags": [
          "Sessions"
        ],
        "summary": "Get one session",
        "description": "Returns the session with the given id. Expired and deleted sessions are not found.",
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Resource found.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                },
                "examples": {
                  "documented": {
                    "summary": "The session shown on the PORTOS Sessions page",
                    "value": {
                      "sessionId": "Hq6563mjODIOwNa87Cgi295uNPlKeOqA",
                      "identity": {
                        "userName": "999",
                        "deviceName": "BackOffice",
                        "envName": "BackOffice",
                        "authenticationType": "Bearer"
                      },
                      "startedAt": "2023-08-04T21:21:07.66Z",
                      "expiresAt": "2023-08-05T09:21:07.66Z",
                      "lastAccessAt": "2023-08-04T21:21:11.578Z",
                      "_v": 7
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "deleteSession",
        "tags": [
          "Sessions"
        ],
        "summary": "Delete a session",
        "description": "Deletes the session; the token issued by its authentication is rejected from then on (401), and the\nuser must log in again. No user rights are required: any authenticated caller may delete any session.\n\nThe PORTOS page shows a `Session` body under this 204. The PORTOS status-code page and HTTP itself\n(RFC 9110 §15.3.5) say a 204 carries no content, so this contract follows the status code: the\nresponse has no body.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "204": {
            "description": "No Content. Successfully deleted."
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/auth": {
      "post": {
        "operationId": "login",
        "tags": [
          "Auth"
        ],
        "summary": "Log in on a device",
        "description": "Authenticates a user on a device (`DeviceName`) and creates a session. The returned `tokenId` is a\nJWT to send as `Authorization: Bearer {tokenId}`. On a sale device (`CashRegister`, `PDA`) a new\nlogin ends the device's earlier session.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthRequest"
              },
              "examples": {
                "owner": {
                  "summary": "The owner, who has no password, on cash register P01",
                  "value": {
                    "UserName": "999",
                    "DeviceName": "P01"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Authorization successful.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthResult"
                },
                "examples": {
                  "owner": {
                    "$ref": "#/components/examples/AuthResultOwner"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationProblem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      },
      "get": {
        "operationId": "getCurrentUser",
        "tags": [
          "Auth"
        ],
        "summary": "Get the current user profile",
        "description": "Returns the profile of the user that the token belongs to, with the device of the session.",
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The current user profile.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserProfile"
                },
                "examples": {
                  "owner": {
                    "$ref": "#/components/examples/UserProfileOwner"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      },
      "delete": {
        "operationId": "logout",
        "tags": [
          "Auth"
        ],
        "summary": "Log out",
        "description": "Ends the caller's session; its token is rejected from then on.",
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "204": {
            "description": "Logged out; the session is deleted."
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      }
    },
    "/api/auth/refresh": {
      "post": {
        "operationId": "refreshSession",
        "tags": [
          "Auth"
        ],
        "summary": "Refresh a session",
        "description": "Extends the session's life and returns a new token pair. The body names the token, so no\nAuthorization header is needed; it works while the session lives, even when the token's own time\nis up. The old pair is rejected afterwards.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefreshRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session is extended; use the new pair from now on.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefreshResult"
                },
                "examples": {
                  "rotated": {
                    "summary": "A new token pair",
                    "value": {
                      "tokenId": "eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyJ9.c2lnbmF0dXJl",
                      "refreshToken": "pC73AvQ9x3hD0bTz63GkAAEpwtWA"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationProblem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "`Authorization: Bearer {tokenId}`, the `tokenId` from `POST /api/auth` or `POST /api/auth/refresh`."
      }
    },
    "parameters": {
      "SessionIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Unique session identifier.",
        "schema": {
          "type": "string"
        },
        "example": "Hq6563mjODIOwNa87Cgi295uNPlKeOqA"
      },
      "SessionIdFilter": {
        "name": "sessionId",
        "in": "query",
        "required": false,
        "description": "NData filter on `sessionId`: `OPERATION;OPERATION…`, all of which must hold. An operation is\n`OPERATOR:ARG` (`eq`, `neq`, `gt`, `gte`, `lt`, `lte`) or `OPERATOR:ARG:ARG…` (`in`, `nin`); a bare\nvalue means `eq`. Repeating the parameter adds operations: `sessionId=gt:a&sessionId=lt:n` equals\n`sessionId=gt:a;lt:n`. Write a literal `;`, `:` or `\\` inside an argument as `\\;`, `\\:`, `\\\\`.\nOnly `gt` and `lt` appear in PORTOS' own examples; the other operators are inferred.\n",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "examples": {
          "one": {
            "summary": "One session",
            "value": [
              "soZIt6uj62fzs8ep4UvnNSxRXFryUiq3"
            ]
          },
          "several": {
            "summary": "Any of several sessions",
            "value": [
              "in:soZIt6uj62fzs8ep4UvnNSxRXFryUiq3:Hq6563mjODIOwNa87Cgi295uNPlKeOqA"
            ]
          },
          "range": {
            "summary": "A range, two ways",
            "value": [
              "gt:a;lt:n"
            ]
          }
        }
      },
      "Skip": {
        "name": "$skip",
        "in": "query",
        "required": false,
        "description": "Number of records to skip from the beginning of the filtered, sorted result (decimal digits only).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        },
        "example": 20
      },
      "Take": {
        "name": "$take",
        "in": "query",
        "required": false,
        "description": "Maximum number of items to return. Without it there is no limit.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        },
        "example": 10
      },
      "Sort": {
        "name": "$sort",
        "in": "query",
        "required": false,
        "description": "Comma-separated sort keys, applied in order; the parameter may repeat and the keys add up. `key` or\n`key:asc` sorts ascending, `-key` or `key:desc` descending. Keys are case-insensitive: `sessionId`,\n`startedAt`, `expiresAt`, `lastAccessAt`, `_v`, `identity.userName`, `identity.deviceName`,\n`identity.envName`, `identity.authenticationType`. Ties end in `sessionId` ascending; with no\n`$sort` the order is `startedAt` ascending.\n",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "examples": {
          "newestFirst": {
            "summary": "Most recently used first",
            "value": [
              "-lastAccessAt"
            ]
          },
          "twoKeys": {
            "summary": "By environment, then newest start",
            "value": [
              "identity.envName,startedAt:desc"
            ]
          }
        }
      },
      "Count": {
        "name": "$count",
        "in": "query",
        "required": false,
        "description": "When `true`, the response has `count` and `totalCount` but no `items`.",
        "schema": {
          "type": "boolean"
        },
        "example": true
      },
      "AcceptLanguage": {
        "name": "Accept-Language",
        "in": "header",
        "required": false,
        "description": "Language of problem titles: `sk-SK` (the default) or `en-GB`.",
        "schema": {
          "type": "string"
        },
        "example": "en-GB"
      }
    },
    "responses": {
      "ValidationProblem": {
        "description": "The request is not valid; `errors` names each parameter or body member in error.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/PortosValidationProblemDetails"
            },
            "examples": {
              "badTake": {
                "summary": "A negative `$take`",
                "value": {
                  "title": "One or more validation errors occurred.",
                  "status": 400,
                  "errorCode": 3,
                  "instance": "/sessions",
                  "traceId": "00-5f0c6a3e9b1d4c7a8e2f3b4c5d6e7f80-1a2b3c4d5e6f7a8b-00",
                  "errors": [
                    {
                      "memberName": "$take",
                      "message": "`$take` must be a whole number from 0 to 2147483647; got `-1`."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthenticated": {
        "description": "The token is missing, malformed, badly signed, or its session is deleted or expired.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ProblemDetails"
            },
            "examples": {
              "missingToken": {
                "summary": "No usable token",
                "value": {
                  "title": "Unauthenticated.",
                  "status": 401,
                  "errorCode": 1,
                  "instance": "/sessions",
                  "traceId": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Given resource was not found.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/ProblemDetails"
            },
            "examples": {
              "documented": {
                "summary": "The 404 shown on the PORTOS Sessions page",
                "value": {
                  "title": "Zdroj nebol nájdený",
                  "status": 404
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "AuthResultOwner": {
        "summary": "The owner logged in on cash register P01",
        "value": {
          "tokenId": "eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyJ9.c2lnbmF0dXJl",
          "refreshToken": "pC73AvQ9x3hD0bTz63GkAAEpwtWA",
          "user": {
            "id": "635f7ae3072edfeae7c26a1e",
            "isVirtual": false,
            "name": "Majiteľ",
            "userName": "999",
            "featureName": null,
            "rights": [
              "admin"
            ],
            "device": {
              "name": "P01",
              "envName": "CashRegister",
              "description": "P01",
              "preferences": {},
              "settings": {
                "MaxQuantity": "200",
                "DefaultFiscalName": "eKasa"
              }
            }
          }
        }
      },
      "UserProfileOwner": {
        "summary": "The owner's profile on cash register P01",
        "value": {
          "id": "635f7ae3072edfeae7c26a1e",
          "isVirtual": false,
          "name": "Majiteľ",
          "userName": "999",
          "featureName": null,
          "rights": [
            "admin"
          ],
          "device": {
            "name": "P01",
            "envName": "CashRegister",
            "description": "P01",
            "preferences": {},
            "settings": {
              "MaxQuantity": "200",
              "DefaultFiscalName": "eKasa"
            }
          }
        }
      }
    },
    "schemas": {
      "SessionId": {
        "type": "string",
        "description": "Unique session identifier, 32 letters and digits.",
        "pattern": "^[A-Za-z0-9]{32}$",
        "examples": [
          "soZIt6uj62fzs8ep4UvnNSxRXFryUiq3"
        ]
      },
      "EnvName": {
        "type": "string",
        "description": "Device environment. `CashRegister` and `PDA` are the sale environments: a sale device holds at most\none active session.\n",
        "enum": [
          "CashRegister",
          "PDA",
          "BackOffice",
          "Tool"
        ]
      },
      "Session": {
        "type": "object",
        "description": "A user's authenticated session on a device.",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "identity",
          "startedAt",
          "expiresAt",
          "lastAccessAt",
          "_v"
        ],
        "properties": {
          "sessionId": {
            "$ref": "#/components/schemas/SessionId"
          },
          "identity": {
            "$ref": "#/components/schemas/SessionIdentity"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the user logged in (UTC)."
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the session ends unless refreshed (UTC)."
          },
          "lastAccessAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the session was last used (UTC)."
          },
          "_v": {
            "type": "integer",
            "minimum": 1,
            "description": "Resource version, tracked and updated by the API."
          }
        }
      },
      "SessionIdentity": {
        "type": "object",
        "description": "Who is logged in, where, and how.",
        "additionalProperties": false,
        "required": [
          "userName",
          "deviceName",
          "envName",
          "authenticationType"
        ],
        "properties": {
          "userName": {
            "type": "string",
            "minLength": 1
          },
          "deviceName": {
            "type": "string",
            "minLength": 1
          },
          "envName": {
            "$ref": "#/components/schemas/EnvName"
          },
          "authenticationType": {
            "type": "string",
            "minLength": 1,
            "description": "The authentication scheme, `Bearer` for JWT logins.",
            "examples": [
              "Bearer"
            ]
          }
        }
      },
      "SessionQueryResult": {
        "type": "object",
        "description": "`QueryResult<Session>`: one page of sessions. `items` is absent when `$count=true`.",
        "additionalProperties": false,
        "required": [
          "count",
          "totalCount"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Session"
            }
          },
          "count": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of items in this page."
          },
          "totalCount": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of sessions that match the filter, before paging."
          }
        }
      },
      "ProblemDetails": {
        "type": "object",
        "description": "An RFC 7807 problem, as PORTOS extends it.",
        "additionalProperties": false,
        "properties": {
          "type": {
            "type": "string",
            "description": "A URI reference that identifies the problem type."
          },
          "title": {
            "type": "string",
            "description": "Short, localised summary of the problem."
          },
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string",
            "description": "The request path."
          },
          "traceId": {
            "type": "string"
          },
          "errorCode": {
            "$ref": "#/components/schemas/ErrorCode"
          },
          "resource": {
            "$ref": "#/components/schemas/ProblemResource"
          }
        }
      },
      "PortosValidationProblemDetails": {
        "type": "object",
        "description": "A 400 problem with the list of members in error. The properties of `ProblemDetails` are repeated\nhere rather than combined with `allOf`, because a closed object cannot be extended that way without\n`unevaluatedProperties`, which Prism's draft-07 validator does not understand.\n",
        "additionalProperties": false,
        "required": [
          "errors"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "traceId": {
            "type": "string"
          },
          "errorCode": {
            "$ref": "#/components/schemas/ErrorCode"
          },
          "resource": {
            "$ref": "#/components/schemas/ProblemResource"
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ValidationErrorItem"
            }
          }
        }
      },
      "ValidationErrorItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "memberName",
          "message"
        ],
        "properties": {
          "memberName": {
            "type": "string",
            "description": "The parameter or body member in error, as documented (`$take`, `sessionId`, `UserName`…)."
          },
          "message": {
            "type": "string",
            "description": "What was wrong and what is allowed."
          },
          "code": {
            "type": "string"
          }
        }
      },
      "ErrorCode": {
        "type": "integer",
        "description": "PORTOS error code: 1 unauthenticated, 2 unauthorized, 3 validation failed, 4 licence expired,\n5 resource locked, 6 version mismatch.\n",
        "enum": [
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "ProblemResource": {
        "type": "object",
        "description": "The resource a version mismatch (errorCode 6) is about.",
        "additionalProperties": false,
        "required": [
          "name",
          "id"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "id": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "AuthRequest": {
        "type": "object",
        "description": "Login credentials. Property names match case-insensitively.",
        "required": [
          "UserName",
          "DeviceName"
        ],
        "properties": {
          "UserName": {
            "type": "string",
            "description": "Unique user name."
          },
          "Password": {
            "type": "string",
            "description": "The user's password; absent or empty for a user without one.",
            "writeOnly": true
          },
          "DeviceName": {
            "type": "string",
            "description": "The unique name of the device the user is logging into."
          }
        }
      },
      "AuthResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "tokenId",
          "refreshToken",
          "user"
        ],
        "properties": {
          "tokenId": {
            "type": "string",
            "description": "The JWT to send as `Authorization: Bearer {tokenId}`."
          },
          "refreshToken": {
            "type": "string",
            "description": "Opaque token for `POST /api/auth/refresh`."
          },
          "user": {
            "$ref": "#/components/schemas/UserProfile"
          }
        }
      },
      "UserProfile": {
        "type": "object",
        "description": "The logged-in user and the device of the session.",
        "additionalProperties": false,
        "required": [
          "id",
          "isVirtual",
          "name",
          "userName",
          "featureName",
          "rights",
          "device"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "isVirtual": {
            "type": "boolean"
          },
          "name": {
            "type": "string"
          },
          "userName": {
            "type": "string"
          },
          "featureName": {
            "type": [
              "string",
              "null"
            ]
          },
          "rights": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "device": {
            "$ref": "#/components/schemas/Device"
          }
        }
      },
      "Device": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "envName",
          "description",
          "preferences",
          "settings"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "envName": {
            "$ref": "#/components/schemas/EnvName"
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "preferences": {
            "type": "object",
            "description": "Free-form device preferences."
          },
          "settings": {
            "type": "object",
            "description": "Device settings; values are strings.",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "RefreshRequest": {
        "type": "object",
        "required": [
          "tokenId",
          "refreshToken"
        ],
        "properties": {
          "tokenId": {
            "type": "string",
            "description": "The token obtained at login or at the last refresh."
          },
          "refreshToken": {
            "type": "string",
            "description": "The refresh token issued with it."
          }
        }
      },
      "RefreshResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "tokenId",
          "refreshToken"
        ],
        "properties": {
          "tokenId": {
            "type": "string"
          },
          "refreshToken": {
            "type": "string"
          }
        }
      }
    }
  }
};
