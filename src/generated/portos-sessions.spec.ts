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
    "description": "The contract of the PORTOS Sessions resource and the JWT bearer authentication that creates sessions,\nas documented on developers.portos.sk (pages \"Sessions\" and \"JWT Bearer Authentication\").\nThis one document is the source of the project's generated TypeScript types, of the validators used by\nthe mock and the contract tests, and of Prism's mock and validating proxy.\n\nLists speak **NData**, PORTOS' query language: `$skip`, `$take`, `$sort`, `$count` and filters\nwritten `member=OPERATOR:ARG;OPERATOR:ARG`. See docs/ndata.md in the project for the full syntax.\n\nErrors are `application/problem+json` (RFC 7807). Titles are localised by `Accept-Language`\n(`sk-SK`, the default, or `en-GB`).\n\nObjects in responses are closed (`additionalProperties: false`) so that a server that drifts from this\ncontract is caught by the contract tests.\n\n**Executable examples.** Examples come in named pairs, per operation: the request of pair `N` is\nevery parameter and request body with an example named `N` (the parts an operation requires always\nhave one), and its answer is the response example named `N`, or the operation's bodiless 204 when no\nresponse example has that name. Replayed against a freshly seeded mock with the clock pinned at\n`2023-08-04T21:30:00Z`, every pair answers its status and exactly its body, except the top-level\nproperties the response example lists in `x-varying` (a fresh `traceId`, a new token pair), which\nare present and valid but different each time. An operation that needs a token is sent the one from\nthe `POST /api/auth` example named by the response example's `x-login` (`backOffice` when absent;\n`none` sends no Authorization header). The refresh examples send the demo token pair of the seeded\nsession `soZIt6uj62fzs8ep4UvnNSxRXFryUiq3`. `x-replay: false` marks an example shown for reference\nonly. See docs/behaviour.md#executable-examples in the project.\n",
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
                    "description": "`?sessionId=in:soZIt6uj62fzs8ep4UvnNSxRXFryUiq3:Hq6563mjODIOwNa87Cgi295uNPlKeOqA`",
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
                    "description": "`?$count=true`: the 59 seeded sessions and the caller's own, without items.\n",
                    "value": {
                      "count": 60,
                      "totalCount": 60
                    }
                  },
                  "newestFirst": {
                    "summary": "Most recently used first, one page",
                    "description": "`?$sort=-lastAccessAt&$skip=1&$take=2`. The caller's own session was used just now (its\nrequest bumped it), so it comes first; `$skip=1` leaves it out. `totalCount` counts all 60.\n",
                    "value": {
                      "items": [
                        {
                          "sessionId": "n45OV43knAhWDOLMtgXKHALOHmp0Li54",
                          "identity": {
                            "userName": "demo",
                            "deviceName": "PDA03",
                            "envName": "PDA",
                            "authenticationType": "Bearer"
                          },
                          "startedAt": "2023-08-04T21:14:34.759Z",
                          "expiresAt": "2023-08-05T09:14:34.759Z",
                          "lastAccessAt": "2023-08-04T21:28:25.526Z",
                          "_v": 9
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
                      "totalCount": 60
                    }
                  },
                  "byEnvironment": {
                    "summary": "By environment (descending), then newest start",
                    "description": "`?$sort=identity.envName:desc,startedAt:desc&$take=2`: the two newest Tool sessions.",
                    "value": {
                      "items": [
                        {
                          "sessionId": "LEJUlq9EpinMnmXSzcrSzsX8LwxqNCTS",
                          "identity": {
                            "userName": "999",
                            "deviceName": "Tool",
                            "envName": "Tool",
                            "authenticationType": "Bearer"
                          },
                          "startedAt": "2023-08-04T17:59:49Z",
                          "expiresAt": "2023-08-05T05:59:49Z",
                          "lastAccessAt": "2023-08-04T18:02:40.658Z",
                          "_v": 35
                        },
                        {
                          "sessionId": "xUvSLuhGPeD6FExu7CZ0daDuhglclYBY",
                          "identity": {
                            "userName": "100",
                            "deviceName": "Tool-Etikety",
                            "envName": "Tool",
                            "authenticationType": "Bearer"
                          },
                          "startedAt": "2023-08-04T17:55:07.147Z",
                          "expiresAt": "2023-08-05T05:55:07.147Z",
                          "lastAccessAt": "2023-08-04T21:05:50.57Z",
                          "_v": 13
                        }
                      ],
                      "count": 2,
                      "totalCount": 60
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The query is not valid; `errors` names each parameter in error.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/PortosValidationProblemDetails"
                },
                "examples": {
                  "badSort": {
                    "summary": "An unknown sort key",
                    "description": "`?$sort=colour`. With `Accept-Language: en-GB` the title is \"One or more validation errors occurred.\"",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/sessions",
                      "traceId": "00-5f0c6a3e9b1d4c7a8e2f3b4c5d6e7f80-1a2b3c4d5e6f7a8b-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "$sort",
                          "message": "`$sort` key `colour` is unknown; allowed keys (any letter case): `sessionId`, `startedAt`, `expiresAt`, `lastAccessAt`, `_v`, `identity.userName`, `identity.deviceName`, `identity.envName`, `identity.authenticationType`."
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "The token is missing, malformed, badly signed, or its session is deleted or expired.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "missingToken": {
                    "$ref": "#/components/examples/MissingTokenSessions"
                  }
                }
              }
            }
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
                    "summary": "The BackOffice session shown on the PORTOS Sessions page",
                    "description": "`/sessions/Hq6563mjODIOwNa87Cgi295uNPlKeOqA`. A caller other than this session (a request\nbumps only the caller's own session) sees it as the list shows it, `_v: 4`; this example\nshowed `_v: 7`, a later read, before the examples became executable.\n",
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
                      "_v": 4
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "The token is missing, malformed, badly signed, or its session is deleted or expired.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "missingToken": {
                    "$ref": "#/components/examples/MissingTokenSession"
                  }
                }
              }
            }
          },
          "404": {
            "description": "Given resource was not found.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "portosPage": {
                    "$ref": "#/components/examples/NotFoundPortosPage"
                  },
                  "unknown": {
                    "$ref": "#/components/examples/NotFoundUnknown"
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "deleteSession",
        "tags": [
          "Sessions"
        ],
        "summary": "Delete a session",
        "description": "Deletes the session; the token issued by its authentication is rejected from then on (401), and the\nuser must log in again. No user rights are required: any authenticated caller may delete any session.\n\nThe PORTOS page shows a `Session` body under this 204. The PORTOS status-code page and HTTP itself\n(RFC 9110 §15.3.5) say a 204 carries no content, so this contract follows the status code: the\nresponse has no body.\n\nExample `documented` (a request example with no response example of its name) answers the 204.\n",
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
            "description": "The token is missing, malformed, badly signed, or its session is deleted or expired.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "missingToken": {
                    "$ref": "#/components/examples/MissingTokenSession"
                  }
                }
              }
            }
          },
          "404": {
            "description": "Given resource was not found.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "unknown": {
                    "$ref": "#/components/examples/NotFoundUnknown"
                  }
                }
              }
            }
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
                  "description": "Ends the seeded session on P01 (a sale device holds one session).",
                  "value": {
                    "UserName": "999",
                    "DeviceName": "P01"
                  }
                },
                "backOffice": {
                  "summary": "The owner on the BackOffice device",
                  "description": "The login that gives the other examples their token (a BackOffice device keeps its other sessions).",
                  "value": {
                    "UserName": "999",
                    "DeviceName": "BackOffice"
                  }
                },
                "missingDevice": {
                  "summary": "An empty DeviceName",
                  "value": {
                    "UserName": "999",
                    "DeviceName": ""
                  }
                },
                "wrongPassword": {
                  "summary": "A wrong password",
                  "value": {
                    "UserName": "100",
                    "Password": "not-jana100",
                    "DeviceName": "BackOffice"
                  }
                },
                "passwordRequired": {
                  "summary": "No password for a user who has one",
                  "value": {
                    "UserName": "100",
                    "DeviceName": "BackOffice"
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
                  },
                  "backOffice": {
                    "summary": "The owner logged in on the BackOffice device",
                    "x-varying": [
                      "tokenId",
                      "refreshToken"
                    ],
                    "value": {
                      "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJrU1R0YU16dE42SzU2Q2VpUDN6ODNpRFQzZVBORHdDTCIsImp0aSI6ImZtZjJJN2VhWWh4UGxVelZMWmlLYVEiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExODQ2MDAsImV4cCI6MTY5MTIyNzgwMH0.tkA77EAjAXE9YKNTn5Q8rewAewrq87aS52gIoCx6o5E",
                      "refreshToken": "6Xx8cARhPGjkjozVcPc5HQoDJVBa",
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
                          "name": "BackOffice",
                          "envName": "BackOffice",
                          "description": "BackOffice",
                          "preferences": {},
                          "settings": {
                            "ReportCurrency": "EUR"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The body is not valid; `errors` names each member in error.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/PortosValidationProblemDetails"
                },
                "examples": {
                  "missingDevice": {
                    "summary": "`DeviceName` is empty",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/api/auth",
                      "traceId": "00-dfd236729204aa41832f164dffaa930a-79fdbdced4e75780-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "DeviceName",
                          "message": "The DeviceName field is required."
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "The user or the device is unknown, or the password is wrong or missing.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "wrongPassword": {
                    "summary": "A wrong password",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "Login failed: wrong password for user \"100\".",
                      "instance": "/api/auth",
                      "traceId": "00-9fde592e5d096204b0661b77c1e74142-3dc01d8db0b099cd-00",
                      "errorCode": 1
                    }
                  },
                  "passwordRequired": {
                    "summary": "No password for a user who has one",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "Login failed: user \"100\" needs a password.",
                      "instance": "/api/auth",
                      "traceId": "00-03fcbbf99374ea7340a5625871e0a97f-9cee6f1ff981a33d-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
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
            "description": "The token is missing, malformed, badly signed, or its session is deleted or expired.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "missingToken": {
                    "$ref": "#/components/examples/MissingTokenAuth"
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "logout",
        "tags": [
          "Auth"
        ],
        "summary": "Log out",
        "description": "Ends the caller's session; its token is rejected from then on.\n\nExample `loggedOut` (named by its `Accept-Language`, the only part of this request) answers the 204.\n",
        "parameters": [
          {
            "name": "Accept-Language",
            "in": "header",
            "required": false,
            "description": "Language of problem titles: `sk-SK` (the default) or `en-GB`.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "loggedOut": {
                "summary": "Any language; a 204 has no title to localise",
                "value": "en-GB"
              },
              "missingToken": {
                "summary": "English problem titles",
                "value": "en-GB"
              }
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Logged out; the session is deleted."
          },
          "401": {
            "description": "The token is missing, malformed, badly signed, or its session is deleted or expired.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "missingToken": {
                    "summary": "No Authorization header, English title",
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Unauthenticated.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/api/auth",
                      "traceId": "00-1b7e0d4c2a9f4e8b9c3d5e6f7a8b9c0d-2c3d4e5f6a7b8c9d-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
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
        "description": "Extends the session's life and returns a new token pair. The body names the token, so no\nAuthorization header is needed; it works while the session lives, even when the token's own time\nis up. The old pair is rejected afterwards.\n\nThe examples send the demo token pair that the mock's seeded session\n`soZIt6uj62fzs8ep4UvnNSxRXFryUiq3` (999 on P01) holds from seed time until it is refreshed (mock\nonly; every other token needs a login).\n",
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
              },
              "examples": {
                "rotated": {
                  "summary": "The demo token pair of the seeded P01 session",
                  "value": {
                    "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyIsImp0aSI6IkRlbW9Ub2tlbk9mUDAxU2Vzc2lvbjAiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExNDc5NzgsImV4cCI6MTY5MTE5MTE3OX0.UOvHYMJu0BX8lpz_6Iurz-oUuM5_QN-YNRXchP2UsX4",
                    "refreshToken": "pC73AvQ9x3hD0bTz63GkAAEpwtWA"
                  }
                },
                "missingRefreshToken": {
                  "summary": "An empty refreshToken",
                  "value": {
                    "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyIsImp0aSI6IkRlbW9Ub2tlbk9mUDAxU2Vzc2lvbjAiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExNDc5NzgsImV4cCI6MTY5MTE5MTE3OX0.UOvHYMJu0BX8lpz_6Iurz-oUuM5_QN-YNRXchP2UsX4",
                    "refreshToken": ""
                  }
                },
                "wrongPair": {
                  "summary": "The demo token with a refresh token that is not its own",
                  "value": {
                    "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyIsImp0aSI6IkRlbW9Ub2tlbk9mUDAxU2Vzc2lvbjAiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExNDc5NzgsImV4cCI6MTY5MTE5MTE3OX0.UOvHYMJu0BX8lpz_6Iurz-oUuM5_QN-YNRXchP2UsX4",
                    "refreshToken": "NotTheRefreshTokenOfThisPair"
                  }
                }
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
                    "x-varying": [
                      "tokenId",
                      "refreshToken"
                    ],
                    "value": {
                      "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyIsImp0aSI6IkRsOWNrUzRDWlRpdE1YN25PTUdPSDQiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExODQ2MDAsImV4cCI6MTY5MTIyNzgwMH0.NcKLshPcIXjBQw3VFiiFJIEWn-P3Gh_dxtaRsrZGEJI",
                      "refreshToken": "9QvPHMKEJc5aW5NYHe1XmApK04JT"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The body is not valid; `errors` names each member in error.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/PortosValidationProblemDetails"
                },
                "examples": {
                  "missingRefreshToken": {
                    "summary": "`refreshToken` is empty",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/api/auth/refresh",
                      "traceId": "00-3024f1fd71f8b24503b0578d48da026c-6883cdb377ee2458-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "refreshToken",
                          "message": "The refreshToken field is required."
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "The pair is not the one the session holds, or the session is deleted or expired.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "wrongPair": {
                    "summary": "The refresh token does not belong to the token",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The refresh token does not belong to this token.",
                      "instance": "/api/auth/refresh",
                      "traceId": "00-4fa8bbe3604d28b243d2356d1e05a7d7-3f41d73f2a96ae27-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
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
        "description": "`Authorization: Bearer {tokenId}`, the `tokenId` from `POST /api/auth` or `POST /api/auth/refresh`.\nReplaying an example pair, the token comes from the `POST /api/auth` example named by the response\nexample's `x-login` (`backOffice` when absent); `x-login: none` sends no Authorization header.\n"
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
        "examples": {
          "documented": {
            "summary": "The BackOffice session of the PORTOS Sessions page",
            "value": "Hq6563mjODIOwNa87Cgi295uNPlKeOqA"
          },
          "unknown": {
            "summary": "No such session",
            "value": "NoSuchSession0000000000000000000"
          },
          "missingToken": {
            "summary": "Any session; the request has no token",
            "value": "Hq6563mjODIOwNa87Cgi295uNPlKeOqA"
          }
        }
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
          "documented": {
            "summary": "Any of several sessions",
            "value": [
              "in:soZIt6uj62fzs8ep4UvnNSxRXFryUiq3:Hq6563mjODIOwNa87Cgi295uNPlKeOqA"
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
        "examples": {
          "newestFirst": {
            "summary": "Skip the caller's own session",
            "value": 1
          }
        }
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
        "examples": {
          "newestFirst": {
            "summary": "A page of two",
            "value": 2
          },
          "byEnvironment": {
            "summary": "A page of two",
            "value": 2
          }
        }
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
          "byEnvironment": {
            "summary": "By environment (descending), then newest start",
            "value": [
              "identity.envName:desc,startedAt:desc"
            ]
          },
          "badSort": {
            "summary": "A key that does not exist",
            "value": [
              "colour"
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
        "examples": {
          "countOnly": {
            "summary": "Counts only",
            "value": true
          }
        }
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
    "examples": {
      "AuthResultOwner": {
        "summary": "The owner logged in on cash register P01",
        "x-varying": [
          "tokenId",
          "refreshToken"
        ],
        "value": {
          "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJFRTZPZFF0dDBSeTNqVTF2SHJUUlF4V1I0U0kxMnI1QyIsImp0aSI6InlBaDh6dlFJUkppdGxnZE5tOHJ3MEIiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExODQ2MDAsImV4cCI6MTY5MTIyNzgwMH0.ZYJ9Pqyoy2nFPw0NeXaH0CHvEjoUQ7-xrnszaHZuC2Q",
          "refreshToken": "3HBszJZNhpefnvjAWij0vI7HX6zz",
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
        "description": "The token comes from the login example `owner` (999 on P01).",
        "x-login": "owner",
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
      },
      "MissingTokenSessions": {
        "summary": "No Authorization header",
        "description": "With `Accept-Language: en-GB` the title is \"Unauthenticated.\"",
        "x-login": "none",
        "x-varying": [
          "traceId"
        ],
        "value": {
          "title": "Používateľ nie je overený.",
          "status": 401,
          "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
          "instance": "/sessions",
          "traceId": "00-3183bd0d546dc3e31b1b0542eeff4ac6-bd831177637a2bc8-00",
          "errorCode": 1
        }
      },
      "MissingTokenSession": {
        "summary": "No Authorization header",
        "description": "With `Accept-Language: en-GB` the title is \"Unauthenticated.\"",
        "x-login": "none",
        "x-varying": [
          "traceId"
        ],
        "value": {
          "title": "Používateľ nie je overený.",
          "status": 401,
          "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
          "instance": "/sessions/Hq6563mjODIOwNa87Cgi295uNPlKeOqA",
          "traceId": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",
          "errorCode": 1
        }
      },
      "MissingTokenAuth": {
        "summary": "No Authorization header",
        "description": "With `Accept-Language: en-GB` the title is \"Unauthenticated.\"",
        "x-login": "none",
        "x-varying": [
          "traceId"
        ],
        "value": {
          "title": "Používateľ nie je overený.",
          "status": 401,
          "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
          "instance": "/api/auth",
          "traceId": "00-7d2c4b1a9e8f4d3c8b7a6f5e4d3c2b1a-9a8b7c6d5e4f3a2b-00",
          "errorCode": 1
        }
      },
      "NotFoundPortosPage": {
        "summary": "The 404 exactly as the PORTOS Sessions page shows it",
        "description": "Shown for reference and served first by `prism mock`; not replayed (`x-replay: false`): the mock\nanswers the full problem of example `unknown`, with `instance` and `traceId`.\n",
        "x-replay": false,
        "value": {
          "title": "Zdroj nebol nájdený",
          "status": 404
        }
      },
      "NotFoundUnknown": {
        "summary": "No such session",
        "description": "With `Accept-Language: en-GB` the title is \"Resource not found\".",
        "x-varying": [
          "traceId"
        ],
        "value": {
          "title": "Zdroj nebol nájdený",
          "status": 404,
          "instance": "/sessions/NoSuchSession0000000000000000000",
          "traceId": "00-18c241a4e723678b9cb4cdb81584c9f4-3f6d860e0bcce84c-00"
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
      },
      "ResourceChange": {
        "type": "string",
        "description": "What happened to the resource record. INFERRED (docs/behaviour.md#notification-payload): PORTOS\ndescribes the event as \"raised when resource is changed (created, updated or deleted)\" but does not\npublish the payload's members.\n",
        "enum": [
          "created",
          "updated",
          "deleted"
        ]
      },
      "ResourceChangedNotificationPayload": {
        "type": "object",
        "description": "The payload (`p`) of a `portos.resources.changed` notification. INFERRED\n(docs/behaviour.md#notification-payload): the resource as in `ProblemDetails.resource`, plus the kind\nof change.\n",
        "additionalProperties": false,
        "required": [
          "resource",
          "change"
        ],
        "properties": {
          "resource": {
            "$ref": "#/components/schemas/ProblemResource"
          },
          "change": {
            "$ref": "#/components/schemas/ResourceChange"
          }
        }
      },
      "NotificationSender": {
        "type": "object",
        "description": "Who raised a notification. `c` is documented (the hub connection id); the mock sets it to null for\nchanges made over HTTP or by time, which no hub connection raised (docs/behaviour.md#notification-envelope).\n",
        "required": [
          "c"
        ],
        "properties": {
          "c": {
            "type": [
              "string",
              "null"
            ],
            "description": "The SignalR connection id of the sender."
          }
        }
      },
      "ResourcesChangedNotification": {
        "type": "object",
        "description": "The single argument of the hub's client method `OnEvent` for the event `portos.resources.changed`,\nsent on `/signalr/v1/mainHub` (docs/behaviour.md#notification-envelope). Member names as documented.\n",
        "additionalProperties": false,
        "required": [
          "e",
          "s",
          "ca",
          "ea",
          "p"
        ],
        "properties": {
          "e": {
            "type": "string",
            "const": "portos.resources.changed",
            "description": "The event name."
          },
          "s": {
            "$ref": "#/components/schemas/NotificationSender"
          },
          "r": {
            "type": [
              "string",
              "null"
            ],
            "description": "Optional reference id."
          },
          "ca": {
            "type": "string",
            "format": "date-time",
            "description": "When the notification was created (the mock's clock)."
          },
          "ea": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the notification expires; null when it does not."
          },
          "p": {
            "$ref": "#/components/schemas/ResourceChangedNotificationPayload"
          }
        }
      },
      "SubscriptionRequestResource": {
        "description": "The argument of the hub methods `Subscribe` and `Unsubscribe`. INFERRED\n(docs/behaviour.md#notification-subscribe): one resource name, a list of names, or an object with\n`resources` (a name or a list) or `name`.\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ResourceName"
          },
          {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ResourceName"
            }
          },
          {
            "type": "object",
            "required": [
              "resources"
            ],
            "properties": {
              "resources": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/ResourceName"
                  },
                  {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ResourceName"
                    }
                  }
                ]
              }
            }
          },
          {
            "type": "object",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "$ref": "#/components/schemas/ResourceName"
              }
            }
          }
        ]
      },
      "ResourceName": {
        "type": "string",
        "description": "A resource collection's name as in its path, e.g. `sessions` (compared case-insensitively).",
        "minLength": 1,
        "maxLength": 100,
        "examples": [
          "sessions"
        ]
      }
    }
  }
};
