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
    "description": "The contract of the PORTOS Sessions resource and the JWT bearer authentication that creates sessions,\nas documented on developers.portos.sk (pages \"Sessions\" and \"JWT Bearer Authentication\").\nThis one document is the source of the project's generated TypeScript types, of the validators used by\nthe mock and the contract tests, and of Prism's mock and validating proxy.\n\nLists speak **NData**, PORTOS' query language: `$skip`, `$take`, `$sort`, `$count` and filters\nwritten `member=OPERATOR:ARG;OPERATOR:ARG`. See docs/ndata.md in the project for the full syntax.\n\nErrors are `application/problem+json` (RFC 7807). Titles are localised by `Accept-Language`\n(`sk-SK`, the default, or `en-GB`).\n\nObjects in responses are closed (`additionalProperties: false`) so that a server that drifts from this\ncontract is caught by the contract tests.\n\n**Executable examples.** Examples come in named pairs, per operation: the request of pair `N` is\nevery parameter and request body with an example named `N` (the parts an operation requires always\nhave one), and its answer is the response example named `N`, or the operation's bodiless 204 when no\nresponse example has that name. Replayed against a freshly seeded mock with the clock pinned at\n`2023-08-04T21:30:00Z`, every pair answers its status and exactly its body, except the top-level\nproperties the response example lists in `x-varying` (a fresh `traceId`, a new token pair), which\nare present and valid but different each time. An operation that needs a token is sent the one from\nthe `POST /api/auth` example named by the response example's `x-login` (`backOffice` when absent;\n`none` sends no Authorization header), and one with `x-request: N` sends pair `N`'s request. The\nrefresh examples send the demo token pair of the seeded session `soZIt6uj62fzs8ep4UvnNSxRXFryUiq3`.\n`x-replay: false` marks an example shown for reference only; a response marked `x-alternative-of`\n(DELETE's 200) is an answer a server may give instead of another status, which the mock does not\nsend. No pair changes what another reads, so they also replay in any order on one mock. See\ndocs/behaviour.md#executable-examples in the project.\n",
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
      "name": "Users",
      "description": "The PORTOS users (read only here)."
    },
    {
      "name": "Devices",
      "description": "The PORTOS devices; writes need the rights `DeviceCreate`, `DeviceUpdate`, `DeviceDelete`."
    },
    {
      "name": "API keys",
      "description": "API keys for NWS4-HMAC-SHA256 request signing (read only here)."
    },
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
    },
    {
      "nws4": []
    }
  ],
  "paths": {
    "/sessions": {
      "get": {
        "operationId": "getSessions",
        "tags": [
          "Sessions"
        ],
        "x-ndata-sort-keys": [
          "sessionId",
          "startedAt",
          "expiresAt",
          "lastAccessAt",
          "_v",
          "identity.userName",
          "identity.deviceName",
          "identity.envName",
          "identity.authenticationType"
        ],
        "x-ndata-default-order": [
          "startedAt"
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
        "description": "Deletes the session; the token issued by its authentication is rejected from then on (401), and the\nuser must log in again. No user rights are required: any authenticated caller may delete any session.\n\nThe PORTOS page shows a `Session` body under a \"204\" tab. The PORTOS status-code page and HTTP\nitself (RFC 9110 §15.3.5) say a 204 carries no content: this mock answers 204 without a body\n(docs/decisions/0003). A server may instead answer 200 with the deleted `Session`, which the page\nalso describes; the contract kit accepts either and reports which one it saw.\n\nExample `deleted` (a request example with no response example of its name) answers the 204. It\ndeletes a session no other example reads, so the examples replay in any order.\n",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Unique session identifier.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "deleted": {
                "summary": "A seeded BackOffice session that no other example reads",
                "value": "qTchEPCNIx4TMH8hAXwVifkRKTG3wPGr"
              },
              "unknown": {
                "summary": "No such session",
                "value": "NoSuchSession0000000000000000000"
              }
            }
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Deleted; the body is the session as it was. What the PORTOS page shows; an alternative to the\n204 (`x-alternative-of`) that this mock does not send, so its example is shown, not replayed.\n",
            "x-alternative-of": 204,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                },
                "examples": {
                  "sessionBody": {
                    "summary": "The deleted session as it was (the seeded one example `deleted` deletes)",
                    "x-replay": false,
                    "value": {
                      "sessionId": "qTchEPCNIx4TMH8hAXwVifkRKTG3wPGr",
                      "identity": {
                        "userName": "999",
                        "deviceName": "BackOffice-Sklad",
                        "envName": "BackOffice",
                        "authenticationType": "Bearer"
                      },
                      "startedAt": "2023-08-04T14:12:41.338Z",
                      "expiresAt": "2023-08-05T02:12:41.338Z",
                      "lastAccessAt": "2023-08-04T18:28:27.96Z",
                      "_v": 8
                    }
                  }
                }
              }
            }
          },
          "204": {
            "description": "No Content. Successfully deleted (what this mock answers)."
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
                    "summary": "No Authorization header",
                    "description": "With `Accept-Language: en-GB` the title is \"Unauthenticated.\" The request is pair\n`deleted`'s (`x-request`) without a token: nothing is deleted.\n",
                    "x-login": "none",
                    "x-request": "deleted",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/sessions/qTchEPCNIx4TMH8hAXwVifkRKTG3wPGr",
                      "traceId": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",
                      "errorCode": 1
                    }
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
                  "summary": "The owner, who has no password, on cash register P02",
                  "description": "Ends the seeded session on P02 (a sale device holds one session). Not P01: the refresh\nexamples send the demo token pair of the seeded session on P01, which must outlive every\nlogin example, in whatever order a tool replays them.\n",
                  "value": {
                    "UserName": "999",
                    "DeviceName": "P02"
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
                },
                "clerk": {
                  "summary": "A cashier without device rights on the BackOffice device",
                  "description": "The login that gives the 403 examples their token (user 103 holds only `sales`).",
                  "value": {
                    "UserName": "103",
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
                  },
                  "clerk": {
                    "summary": "The cashier 103 logged in on the BackOffice device",
                    "x-varying": [
                      "tokenId",
                      "refreshToken"
                    ],
                    "value": {
                      "tokenId": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJDbGVya1Nlc3Npb25PbkJhY2tPZmZpY2UwMDAwMCIsImp0aSI6IkNsZXJrVG9rZW4wMDAwMDAwMDAwIiwic3ViIjoiMTAzIiwiaWF0IjoxNjkxMTg0NjAwLCJleHAiOjE2OTEyMjc4MDB9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                      "refreshToken": "Cl3rkRefreshToken00000000000",
                      "user": {
                        "id": "635f7ae3072edfeae7c26a23",
                        "isVirtual": false,
                        "name": "Tomáš Varga",
                        "userName": "103",
                        "featureName": null,
                        "rights": [
                          "sales"
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
        "security": [
          {
            "bearerAuthLogout": []
          },
          {
            "nws4": []
          }
        ],
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
                    "description": "The request is pair `loggedOut`'s (`x-request`, `Accept-Language` en-GB) without a token.",
                    "x-login": "none",
                    "x-request": "loggedOut",
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
    },
    "/users": {
      "get": {
        "operationId": "getUsers",
        "tags": [
          "Users"
        ],
        "summary": "List users",
        "description": "Returns the users that match the query, as `QueryResult<User>` (NData: `$skip`, `$take`, `$sort`,\n`$count` and the documented filter members). Any authenticated caller may list users (inferred).\nWith no `$sort` the order is `userName` ascending; ties end in `id` ascending. Passwords are never\nanswered.\n",
        "x-ndata-sort-keys": [
          "id",
          "userName",
          "name",
          "isActive",
          "isVirtual",
          "featureName",
          "_v"
        ],
        "x-ndata-default-order": [
          "userName"
        ],
        "parameters": [
          {
            "name": "isActive",
            "in": "query",
            "required": false,
            "description": "NData filter on `isActive` (`true` or `false`). A typed client writes one filter as a string and repeats as an array.",
            "style": "form",
            "explode": true,
            "schema": {
              "$ref": "#/components/schemas/RepeatableParameter"
            },
            "examples": {
              "activeByName": {
                "summary": "Active only",
                "value": "true"
              },
              "badFilter": {
                "summary": "Not a boolean",
                "value": "maybe"
              }
            }
          },
          {
            "$ref": "#/components/parameters/IsVirtualFilter"
          },
          {
            "$ref": "#/components/parameters/FeatureNameFilter"
          },
          {
            "$ref": "#/components/parameters/UserNameFilter"
          },
          {
            "$ref": "#/components/parameters/NameFilter"
          },
          {
            "$ref": "#/components/parameters/ResourceSkip"
          },
          {
            "name": "$take",
            "in": "query",
            "required": false,
            "description": "Maximum number of items to return.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 2147483647
            },
            "examples": {
              "activeByName": {
                "summary": "A page of two",
                "value": 2
              }
            }
          },
          {
            "name": "$sort",
            "in": "query",
            "required": false,
            "description": "Sort keys (see `x-ndata-sort-keys`). A typed client writes one `$sort` as a string and repeats as an array.",
            "style": "form",
            "explode": true,
            "schema": {
              "$ref": "#/components/schemas/RepeatableParameter"
            },
            "examples": {
              "activeByName": {
                "summary": "By name",
                "value": "name"
              }
            }
          },
          {
            "$ref": "#/components/parameters/ResourceCount"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The page of users that match the query.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserQueryResult"
                },
                "examples": {
                  "activeByName": {
                    "summary": "Active users by name, a page of two",
                    "description": "`?isActive=true&$sort=name&$take=2`",
                    "value": {
                      "items": [
                        {
                          "id": "635f7ae3072edfeae7c26a50",
                          "isActive": true,
                          "isVirtual": false,
                          "userName": "demo",
                          "name": "Demo pokladník",
                          "featureName": null,
                          "rights": [
                            "sales"
                          ],
                          "_v": 1
                        },
                        {
                          "id": "635f7ae3072edfeae7c26a40",
                          "isActive": true,
                          "isVirtual": true,
                          "userName": "eshop",
                          "name": "Integrácia e-shopu",
                          "featureName": "EshopIntegration",
                          "rights": [
                            "admin"
                          ],
                          "_v": 1
                        }
                      ],
                      "count": 2,
                      "totalCount": 9
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
                  "badFilter": {
                    "summary": "A boolean filter with a word that is not a boolean",
                    "description": "`?isActive=maybe`",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/users",
                      "traceId": "00-000000000000000000000000005e1f00-0000000000abc000-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "isActive",
                          "message": "`isActive` operation `maybe` has an argument `maybe` that is not a boolean; expected `true` or `false`."
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/users",
                      "traceId": "00-000000000000000000000000005e1f01-0000000000abc001-00",
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
    "/users/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/UserIdPath"
        }
      ],
      "get": {
        "operationId": "getUser",
        "tags": [
          "Users"
        ],
        "summary": "Get one user",
        "description": "Returns the user with the given id (any authenticated caller, inferred); the password is never answered.",
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
                  "$ref": "#/components/schemas/User"
                },
                "examples": {
                  "owner": {
                    "summary": "The owner",
                    "value": {
                      "id": "635f7ae3072edfeae7c26a1e",
                      "isActive": true,
                      "isVirtual": false,
                      "userName": "999",
                      "name": "Majiteľ",
                      "featureName": null,
                      "rights": [
                        "admin"
                      ],
                      "_v": 1
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "description": "The request is pair `owner`'s (`x-request`) without a token.",
                    "x-request": "owner",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/users/635f7ae3072edfeae7c26a1e",
                      "traceId": "00-000000000000000000000000005e1f02-0000000000abc002-00",
                      "errorCode": 1
                    }
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
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "Not found",
                    "value": {
                      "title": "Zdroj nebol nájdený",
                      "status": 404,
                      "instance": "/users/000000000000000000000000",
                      "traceId": "00-000000000000000000000000005e1f03-0000000000abc003-00"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/devices": {
      "get": {
        "operationId": "getDevices",
        "tags": [
          "Devices"
        ],
        "summary": "List devices",
        "description": "Returns the devices that match the query, as `QueryResult<Device>`. Any authenticated caller may\nlist devices (inferred). With no `$sort` the order is `name` ascending (the key).\n",
        "x-ndata-sort-keys": [
          "name",
          "envName",
          "isActive",
          "description",
          "_v"
        ],
        "x-ndata-default-order": [
          "name"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/NameFilter"
          },
          {
            "$ref": "#/components/parameters/IsActiveFilter"
          },
          {
            "name": "envName",
            "in": "query",
            "required": false,
            "description": "NData filter on `envName`. A typed client writes one filter as a string and repeats as an array.",
            "style": "form",
            "explode": true,
            "schema": {
              "$ref": "#/components/schemas/RepeatableParameter"
            },
            "examples": {
              "pdasDescending": {
                "summary": "PDAs",
                "value": "PDA"
              }
            }
          },
          {
            "$ref": "#/components/parameters/ResourceSkip"
          },
          {
            "name": "$take",
            "in": "query",
            "required": false,
            "description": "Maximum number of items to return.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 2147483647
            },
            "examples": {
              "pdasDescending": {
                "summary": "A page of two",
                "value": 2
              }
            }
          },
          {
            "name": "$sort",
            "in": "query",
            "required": false,
            "description": "Sort keys (see `x-ndata-sort-keys`). A typed client writes one `$sort` as a string and repeats as an array.",
            "style": "form",
            "explode": true,
            "schema": {
              "$ref": "#/components/schemas/RepeatableParameter"
            },
            "examples": {
              "pdasDescending": {
                "summary": "Last names first",
                "value": "-name"
              },
              "badSort": {
                "summary": "A key that does not exist",
                "value": "colour"
              }
            }
          },
          {
            "$ref": "#/components/parameters/ResourceCount"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The page of devices that match the query.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeviceQueryResult"
                },
                "examples": {
                  "pdasDescending": {
                    "summary": "PDAs, last names first, a page of two",
                    "description": "`?envName=PDA&$sort=-name&$take=2`",
                    "value": {
                      "items": [
                        {
                          "name": "PDA10",
                          "isActive": true,
                          "envName": "PDA",
                          "description": "Ručný terminál 10",
                          "roles": [],
                          "preferences": {},
                          "settings": {
                            "MaxQuantity": "50",
                            "ScannerMode": "Continuous"
                          },
                          "_v": 1
                        },
                        {
                          "name": "PDA09",
                          "isActive": true,
                          "envName": "PDA",
                          "description": "Ručný terminál 9",
                          "roles": [],
                          "preferences": {},
                          "settings": {
                            "MaxQuantity": "50",
                            "ScannerMode": "Continuous"
                          },
                          "_v": 1
                        }
                      ],
                      "count": 2,
                      "totalCount": 10
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
                    "description": "`?$sort=colour`",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/devices",
                      "traceId": "00-000000000000000000000000005e1f04-0000000000abc004-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "$sort",
                          "message": "`$sort` key `colour` is unknown; allowed keys (any letter case): `name`, `envName`, `isActive`, `description`, `_v`."
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/devices",
                      "traceId": "00-000000000000000000000000005e1f05-0000000000abc005-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "createDevice",
        "tags": [
          "Devices"
        ],
        "summary": "Create a device",
        "description": "Creates a device; the caller needs the right `DeviceCreate` (documented; `admin` holds every right,\ninferred). The new device has `_v` 1; a `_v` in the body is ignored. A name that exists already\nanswers 409 (inferred).\n",
        "x-portos-rights": [
          "DeviceCreate"
        ],
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
                "$ref": "#/components/schemas/Device"
              },
              "examples": {
                "created": {
                  "$ref": "#/components/examples/NewDeviceP21"
                },
                "emptyName": {
                  "summary": "An empty name",
                  "value": {
                    "name": "",
                    "envName": "CashRegister",
                    "description": null,
                    "preferences": {},
                    "settings": {}
                  }
                },
                "clerk": {
                  "$ref": "#/components/examples/NewDeviceP21"
                },
                "exists": {
                  "summary": "A device named like an existing one",
                  "value": {
                    "name": "P01",
                    "envName": "CashRegister",
                    "description": "P01",
                    "preferences": {},
                    "settings": {}
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Device"
                },
                "examples": {
                  "created": {
                    "value": {
                      "name": "P21",
                      "isActive": true,
                      "envName": "CashRegister",
                      "description": "Pokladňa 21",
                      "roles": [],
                      "preferences": {},
                      "settings": {
                        "MaxQuantity": "200",
                        "DefaultFiscalName": "eKasa"
                      },
                      "_v": 1
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
                  "emptyName": {
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/devices",
                      "traceId": "00-000000000000000000000000005e1f06-0000000000abc006-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "name",
                          "message": "The name field is required."
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "description": "The request is pair `created`'s (`x-request`) without a token; nothing is created.",
                    "x-request": "created",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/devices",
                      "traceId": "00-000000000000000000000000005e1f05-0000000000abc005-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
          },
          "403": {
            "description": "The caller lacks the right `DeviceCreate`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "clerk": {
                    "x-login": "clerk",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Prístup zamietnutý.",
                      "status": 403,
                      "detail": "The right \"DeviceCreate\" is required.",
                      "instance": "/devices",
                      "traceId": "00-000000000000000000000000005e1f07-0000000000abc007-00",
                      "errorCode": 2
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "A device with this name exists already.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "exists": {
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Konflikt.",
                      "status": 409,
                      "detail": "A Device with name \"P01\" exists already; PUT /devices/P01 updates it.",
                      "instance": "/devices",
                      "traceId": "00-000000000000000000000000005e1f08-0000000000abc008-00"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/devices/{name}": {
      "get": {
        "operationId": "getDevice",
        "tags": [
          "Devices"
        ],
        "summary": "Get one device",
        "description": "Returns the device with the given name (any authenticated caller, inferred).",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "description": "The device's unique name.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "p01": {
                "summary": "Cash register P01",
                "value": "P01"
              },
              "unknown": {
                "summary": "No such device",
                "value": "P99"
              }
            }
          },
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
                  "$ref": "#/components/schemas/Device"
                },
                "examples": {
                  "p01": {
                    "value": {
                      "name": "P01",
                      "isActive": true,
                      "envName": "CashRegister",
                      "description": "P01",
                      "roles": [],
                      "preferences": {},
                      "settings": {
                        "MaxQuantity": "200",
                        "DefaultFiscalName": "eKasa"
                      },
                      "_v": 1
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "description": "The request is pair `p01`'s (`x-request`) without a token.",
                    "x-request": "p01",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/devices/P01",
                      "traceId": "00-000000000000000000000000005e1f09-0000000000abc009-00",
                      "errorCode": 1
                    }
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
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "Not found",
                    "value": {
                      "title": "Zdroj nebol nájdený",
                      "status": 404,
                      "instance": "/devices/P99",
                      "traceId": "00-000000000000000000000000005e1f0b-0000000000abc00b-00"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "operationId": "putDevice",
        "tags": [
          "Devices"
        ],
        "summary": "Create or update a device",
        "description": "\"Creates new or updates existing\" (documented). Creating needs `DeviceCreate`, updating\n`DeviceUpdate` (documented; a PUT that creates needs what the collection's POST needs, inferred).\nThe body's `name` must be the path's. An update whose body carries a `_v` other than the stored one\nanswers 409 with errorCode 6 and `resource` (inferred); without `_v` it applies. Each write adds 1\nto `_v`.\n",
        "x-portos-rights": [
          "DeviceUpdate"
        ],
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "description": "The device's unique name.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "updated": {
                "summary": "Cash register P03 (no other example reads it)",
                "value": "P03"
              },
              "created": {
                "summary": "A name no device has yet (not P21: POST's `created` creates that)",
                "value": "P22"
              },
              "nameMismatch": {
                "summary": "Cash register P02",
                "value": "P02"
              },
              "clerk": {
                "summary": "Cash register P02",
                "value": "P02"
              },
              "staleVersion": {
                "summary": "Cash register P04 (no other example changes it)",
                "value": "P04"
              }
            }
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Device"
              },
              "examples": {
                "updated": {
                  "summary": "P03 renamed in its description, at the version read",
                  "value": {
                    "name": "P03",
                    "isActive": true,
                    "envName": "CashRegister",
                    "description": "Pokladňa 3 (terasa)",
                    "roles": [],
                    "preferences": {},
                    "settings": {
                      "MaxQuantity": "200",
                      "DefaultFiscalName": "eKasa"
                    },
                    "_v": 1
                  }
                },
                "created": {
                  "summary": "A new cash register P22",
                  "value": {
                    "name": "P22",
                    "isActive": true,
                    "envName": "CashRegister",
                    "description": "Pokladňa 22",
                    "roles": [],
                    "preferences": {},
                    "settings": {
                      "MaxQuantity": "200",
                      "DefaultFiscalName": "eKasa"
                    }
                  }
                },
                "nameMismatch": {
                  "summary": "A body that names another device than the path",
                  "value": {
                    "name": "P03",
                    "envName": "CashRegister",
                    "description": "P03",
                    "preferences": {},
                    "settings": {}
                  }
                },
                "clerk": {
                  "summary": "Any update; the caller lacks DeviceUpdate",
                  "value": {
                    "name": "P02",
                    "envName": "CashRegister",
                    "description": "Pokladňa 2",
                    "preferences": {},
                    "settings": {}
                  }
                },
                "staleVersion": {
                  "summary": "An update based on an older version than the stored one",
                  "value": {
                    "name": "P04",
                    "envName": "CashRegister",
                    "description": "Pokladňa 4",
                    "preferences": {},
                    "settings": {},
                    "_v": 0
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Updated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Device"
                },
                "examples": {
                  "updated": {
                    "value": {
                      "name": "P03",
                      "isActive": true,
                      "envName": "CashRegister",
                      "description": "Pokladňa 3 (terasa)",
                      "roles": [],
                      "preferences": {},
                      "settings": {
                        "MaxQuantity": "200",
                        "DefaultFiscalName": "eKasa"
                      },
                      "_v": 2
                    }
                  }
                }
              }
            }
          },
          "201": {
            "description": "Created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Device"
                },
                "examples": {
                  "created": {
                    "value": {
                      "name": "P22",
                      "isActive": true,
                      "envName": "CashRegister",
                      "description": "Pokladňa 22",
                      "roles": [],
                      "preferences": {},
                      "settings": {
                        "MaxQuantity": "200",
                        "DefaultFiscalName": "eKasa"
                      },
                      "_v": 1
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
                  "nameMismatch": {
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/devices/P02",
                      "traceId": "00-000000000000000000000000005e1f0c-0000000000abc00c-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "name",
                          "message": "name must be the one in the path, \"P02\"; got \"P03\"."
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "description": "The request is pair `created`'s (`x-request`) without a token; nothing is created.",
                    "x-request": "created",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/devices/P22",
                      "traceId": "00-000000000000000000000000005e1f0a-0000000000abc00a-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
          },
          "403": {
            "description": "The caller lacks `DeviceUpdate` (an update) or `DeviceCreate` (a creation).",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "clerk": {
                    "x-login": "clerk",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Prístup zamietnutý.",
                      "status": 403,
                      "detail": "The right \"DeviceUpdate\" is required.",
                      "instance": "/devices/P02",
                      "traceId": "00-000000000000000000000000005e1f0d-0000000000abc00d-00",
                      "errorCode": 2
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "The body's `_v` is not the stored version (errorCode 6).",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "staleVersion": {
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Konflikt.",
                      "status": 409,
                      "detail": "Device \"P04\" is at version 1; the request was based on version 0.",
                      "instance": "/devices/P04",
                      "traceId": "00-000000000000000000000000005e1f0e-0000000000abc00e-00",
                      "errorCode": 6,
                      "resource": {
                        "name": "Device",
                        "id": "P04",
                        "version": 1
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "deleteDevice",
        "tags": [
          "Devices"
        ],
        "summary": "Delete a device",
        "description": "Deletes the device; the caller needs `DeviceDelete` (documented). A device on which a live session\nruns is locked: 423 with errorCode 5 (inferred); end the session first.\n",
        "x-portos-rights": [
          "DeviceDelete"
        ],
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "description": "The device's unique name.",
            "schema": {
              "type": "string"
            },
            "examples": {
              "unused": {
                "summary": "P19 (holds no session)",
                "value": "P19"
              },
              "clerk": {
                "summary": "Cash register P02",
                "value": "P02"
              },
              "unknown": {
                "summary": "No such device",
                "value": "P99"
              },
              "inUse": {
                "summary": "P01 (a seeded session runs there)",
                "value": "P01"
              }
            }
          },
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "description": "The request is pair `unused`'s (`x-request`) without a token; nothing is deleted.",
                    "x-request": "unused",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/devices/P19",
                      "traceId": "00-000000000000000000000000005e1f09-0000000000abc009-00",
                      "errorCode": 1
                    }
                  }
                }
              }
            }
          },
          "403": {
            "description": "The caller lacks the right `DeviceDelete`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "clerk": {
                    "x-login": "clerk",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Prístup zamietnutý.",
                      "status": 403,
                      "detail": "The right \"DeviceDelete\" is required.",
                      "instance": "/devices/P02",
                      "traceId": "00-000000000000000000000000005e1f0f-0000000000abc00f-00",
                      "errorCode": 2
                    }
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
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "Not found",
                    "value": {
                      "title": "Zdroj nebol nájdený",
                      "status": 404,
                      "instance": "/devices/P99",
                      "traceId": "00-000000000000000000000000005e1f0b-0000000000abc00b-00"
                    }
                  }
                }
              }
            }
          },
          "423": {
            "description": "A live session runs on the device (errorCode 5).",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemDetails"
                },
                "examples": {
                  "inUse": {
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Zdroj je uzamknutý.",
                      "status": 423,
                      "detail": "Device \"P01\" is in use by a live session; end that session first.",
                      "instance": "/devices/P01",
                      "traceId": "00-000000000000000000000000005e1f10-0000000000abc010-00",
                      "errorCode": 5
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/apikeys": {
      "get": {
        "operationId": "getApiKeys",
        "tags": [
          "API keys"
        ],
        "summary": "List API keys",
        "description": "Returns the API keys that match the query, as `QueryResult<ApiKey>`. Any authenticated caller may\nlist them (inferred). `clientSecret` is write-only: never answered (inferred). With no `$sort` the\norder is `createdAt` ascending; ties end in `id` ascending.\n",
        "x-ndata-sort-keys": [
          "id",
          "name",
          "isActive",
          "createdAt",
          "userName",
          "deviceName",
          "_v"
        ],
        "x-ndata-default-order": [
          "createdAt"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdFilter"
          },
          {
            "name": "isActive",
            "in": "query",
            "required": false,
            "description": "NData filter on `isActive` (`true` or `false`). A typed client writes one filter as a string and repeats as an array.",
            "style": "form",
            "explode": true,
            "schema": {
              "$ref": "#/components/schemas/RepeatableParameter"
            },
            "examples": {
              "activeCount": {
                "summary": "Active only",
                "value": "true"
              },
              "badFilter": {
                "summary": "Not a boolean",
                "value": "maybe"
              }
            }
          },
          {
            "$ref": "#/components/parameters/ResourceSkip"
          },
          {
            "$ref": "#/components/parameters/ResourceTake"
          },
          {
            "$ref": "#/components/parameters/ResourceSort"
          },
          {
            "name": "$count",
            "in": "query",
            "required": false,
            "description": "When `true`, only the counts.",
            "schema": {
              "type": "boolean"
            },
            "examples": {
              "activeCount": {
                "summary": "Counts only",
                "value": true
              }
            }
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The page of API keys that match the query.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyQueryResult"
                },
                "examples": {
                  "activeCount": {
                    "summary": "Counts of the active keys",
                    "description": "`?isActive=true&$count=true`",
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
            "description": "The query is not valid; `errors` names each parameter in error.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/PortosValidationProblemDetails"
                },
                "examples": {
                  "badFilter": {
                    "summary": "A boolean filter with a word that is not a boolean",
                    "description": "`?isActive=maybe`",
                    "x-varying": [
                      "traceId"
                    ],
                    "value": {
                      "title": "Vyskytla sa jedna alebo viac validačných chýb.",
                      "status": 400,
                      "instance": "/apikeys",
                      "traceId": "00-000000000000000000000000005e1f11-0000000000abc011-00",
                      "errorCode": 3,
                      "errors": [
                        {
                          "memberName": "isActive",
                          "message": "`isActive` operation `maybe` has an argument `maybe` that is not a boolean; expected `true` or `false`."
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/apikeys",
                      "traceId": "00-000000000000000000000000005e1f12-0000000000abc012-00",
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
    "/apikeys/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApiKeyIdPath"
        }
      ],
      "get": {
        "operationId": "getApiKey",
        "tags": [
          "API keys"
        ],
        "summary": "Get one API key",
        "description": "Returns the API key with the given id, without its `clientSecret` (inferred).",
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
                  "$ref": "#/components/schemas/ApiKey"
                },
                "examples": {
                  "eshop": {
                    "value": {
                      "id": "64c8f1a2b3c4d5e6f7a8b901",
                      "clientId": "a1b2c3d4e5f60718293a4b5c",
                      "isActive": true,
                      "createdAt": "2023-07-31T08:00:00Z",
                      "name": "E-shop",
                      "description": "Synchronizácia objednávok z e-shopu",
                      "userName": "eshop",
                      "deviceName": "BackOffice",
                      "permissions": [
                        "OrderCreate",
                        "StockRead"
                      ],
                      "_v": 2
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
                    "x-login": "none",
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "No Authorization header",
                    "description": "The request is pair `eshop`'s (`x-request`) without a token.",
                    "x-request": "eshop",
                    "value": {
                      "title": "Používateľ nie je overený.",
                      "status": 401,
                      "detail": "The Authorization header is missing; send \"Authorization: Bearer {tokenId}\".",
                      "instance": "/apikeys/64c8f1a2b3c4d5e6f7a8b901",
                      "traceId": "00-000000000000000000000000005e1f13-0000000000abc013-00",
                      "errorCode": 1
                    }
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
                    "x-varying": [
                      "traceId"
                    ],
                    "summary": "Not found",
                    "value": {
                      "title": "Zdroj nebol nájdený",
                      "status": 404,
                      "instance": "/apikeys/000000000000000000000000",
                      "traceId": "00-000000000000000000000000005e1f14-0000000000abc014-00"
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
      },
      "bearerAuthLogout": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "The same `Authorization: Bearer {tokenId}` as `bearerAuth`, for `DELETE /api/auth` (log out), which\nends the session of the token it is sent. Declared apart so that a tool that replays the examples\nwith one token per scheme (Specmatic reads a variable named after the scheme) can log out a session\nof its own, not the one every other example uses: the examples then replay in any order.\n"
      },
      "nws4": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "`Authorization: NWS4-HMAC-SHA256 Credential=…,SignedHeaders=…,Timestamp=…,Signature=…` (URL-encoded),\na request signed with an API key of `GET /apikeys` (its `clientId` and `clientSecret`), with the\nsigned `x-nd-date` and `x-nd-content-sha256` headers: an alternative to the bearer token on every\noperation that takes one. An active key runs as its `userName` on its `deviceName`. A signature that\nfails (bad, unknown or inactive key, timestamp outside ±150 s, a signed header missing) answers 401\nwith `WWW-Authenticate: NWS4-HMAC-SHA256 realm=\"PORTOS\", charset=\"UTF-8\"`. Sign with\n`portos-mock/nws4`'s `signRequest`.\n"
      }
    },
    "parameters": {
      "SessionIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Unique session identifier.",
        "x-key-field": "sessionId",
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
          }
        }
      },
      "SessionIdFilter": {
        "name": "sessionId",
        "in": "query",
        "required": false,
        "description": "NData filter on `sessionId`: `OPERATION;OPERATION…`, all of which must hold. An operation is\n`OPERATOR:ARG` (`eq`, `neq`, `gt`, `gte`, `lt`, `lte`) or `OPERATOR:ARG:ARG…` (`in`, `nin`); a bare\nvalue means `eq`. Repeating the parameter adds operations: `sessionId=gt:a&sessionId=lt:n` equals\n`sessionId=gt:a;lt:n`. Write a literal `;`, `:` or `\\` inside an argument as `\\;`, `\\:`, `\\\\`.\nOnly `gt` and `lt` appear in PORTOS' own examples; the other operators are inferred.\nA typed client writes one filter as a string and repeats as an array of strings.\n",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        },
        "examples": {
          "documented": {
            "summary": "Any of several sessions",
            "value": "in:soZIt6uj62fzs8ep4UvnNSxRXFryUiq3:Hq6563mjODIOwNa87Cgi295uNPlKeOqA"
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
        "description": "Comma-separated sort keys, applied in order; the parameter may repeat and the keys add up. `key` or\n`key:asc` sorts ascending, `-key` or `key:desc` descending. Keys are case-insensitive: `sessionId`,\n`startedAt`, `expiresAt`, `lastAccessAt`, `_v`, `identity.userName`, `identity.deviceName`,\n`identity.envName`, `identity.authenticationType`. Ties end in `sessionId` ascending; with no\n`$sort` the order is `startedAt` ascending. A typed client writes one `$sort` as a string and\nrepeats as an array of strings.\n",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        },
        "examples": {
          "newestFirst": {
            "summary": "Most recently used first",
            "value": "-lastAccessAt"
          },
          "byEnvironment": {
            "summary": "By environment (descending), then newest start",
            "value": "identity.envName:desc,startedAt:desc"
          },
          "badSort": {
            "summary": "A key that does not exist",
            "value": "colour"
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
      },
      "UserIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The user's id (24 hexadecimal digits).",
        "schema": {
          "type": "string"
        },
        "examples": {
          "owner": {
            "summary": "The owner",
            "value": "635f7ae3072edfeae7c26a1e"
          },
          "unknown": {
            "summary": "No such user",
            "value": "000000000000000000000000"
          }
        }
      },
      "ApiKeyIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The API key's id.",
        "schema": {
          "type": "string"
        },
        "examples": {
          "eshop": {
            "summary": "The e-shop's key",
            "value": "64c8f1a2b3c4d5e6f7a8b901"
          },
          "unknown": {
            "summary": "No such key",
            "value": "000000000000000000000000"
          }
        }
      },
      "IsActiveFilter": {
        "name": "isActive",
        "in": "query",
        "required": false,
        "description": "NData filter on `isActive` (`true` or `false`; see the `sessionId` filter for the syntax). A typed client writes one filter as a string and repeats as an array.",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "IsVirtualFilter": {
        "name": "isVirtual",
        "in": "query",
        "required": false,
        "description": "NData filter on `isVirtual` (`true` or `false`). A typed client writes one filter as a string and repeats as an array.",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "FeatureNameFilter": {
        "name": "featureName",
        "in": "query",
        "required": false,
        "description": "NData filter on `featureName` (a user without one matches only `neq`/`nin`). A typed client writes one filter as a string and repeats as an array.",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "UserNameFilter": {
        "name": "userName",
        "in": "query",
        "required": false,
        "description": "NData filter on `userName`. A typed client writes one filter as a string and repeats as an array.",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "NameFilter": {
        "name": "name",
        "in": "query",
        "required": false,
        "description": "NData filter on `name`. A typed client writes one filter as a string and repeats as an array.",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "IdFilter": {
        "name": "id",
        "in": "query",
        "required": false,
        "description": "NData filter on `id`. A typed client writes one filter as a string and repeats as an array.",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "ResourceSkip": {
        "name": "$skip",
        "in": "query",
        "required": false,
        "description": "Number of records to skip from the beginning of the filtered, sorted result (decimal digits only).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        }
      },
      "ResourceTake": {
        "name": "$take",
        "in": "query",
        "required": false,
        "description": "Maximum number of items to return. Without it there is no limit.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        }
      },
      "ResourceSort": {
        "name": "$sort",
        "in": "query",
        "required": false,
        "description": "Comma-separated sort keys, applied in order (`key`, `key:asc`, `-key`, `key:desc`; any letter case).\nThe keys are the operation's `x-ndata-sort-keys`; ties end in the resource's key ascending; with no\n`$sort` the order is the operation's `x-ndata-default-order`. A typed client writes one `$sort` as a\nstring and repeats as an array of strings.\n",
        "style": "form",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/RepeatableParameter"
        }
      },
      "ResourceCount": {
        "name": "$count",
        "in": "query",
        "required": false,
        "description": "When `true`, the response has `count` and `totalCount` but no `items`.",
        "schema": {
          "type": "boolean"
        }
      }
    },
    "examples": {
      "AuthResultOwner": {
        "summary": "The owner logged in on cash register P02",
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
              "name": "P02",
              "envName": "CashRegister",
              "description": "Pokladňa 2",
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
        "summary": "The owner's profile on cash register P02",
        "description": "The token comes from the login example `owner` (999 on P02).",
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
            "name": "P02",
            "envName": "CashRegister",
            "description": "Pokladňa 2",
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
        "description": "With `Accept-Language: en-GB` the title is \"Unauthenticated.\" The request is pair `documented`'s\n(`x-request`) without a token.\n",
        "x-login": "none",
        "x-request": "documented",
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
      },
      "NewDeviceP21": {
        "summary": "A new cash register P21",
        "value": {
          "name": "P21",
          "isActive": true,
          "envName": "CashRegister",
          "description": "Pokladňa 21",
          "roles": [],
          "preferences": {},
          "settings": {
            "MaxQuantity": "200",
            "DefaultFiscalName": "eKasa"
          }
        }
      }
    },
    "schemas": {
      "RepeatableParameter": {
        "description": "A query parameter that may repeat (the repeats add up): one occurrence is a string, several an\narray of strings (`?a=1&a=2`, form style, exploded).\n",
        "oneOf": [
          {
            "type": "string"
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        ]
      },
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
            "description": "The authentication scheme, `Bearer` for JWT logins, `NWS4` for requests signed with an API key.",
            "examples": [
              "Bearer",
              "NWS4"
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
            "$ref": "#/components/schemas/ProfileDevice"
          }
        }
      },
      "ProfileDevice": {
        "type": "object",
        "description": "The device of the caller's session, as a `UserProfile` shows it.",
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
      "Device": {
        "type": "object",
        "description": "A device of the `/devices` resource, keyed by `name`. In a PUT body, `_v` is the version the client\nread (docs/behaviour.md#resource-versions).\n",
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
          "isActive": {
            "type": "boolean",
            "default": true
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "_v": {
            "type": "integer",
            "minimum": 0,
            "default": 1,
            "description": "Resource version, tracked and updated by the API."
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
      "User": {
        "type": "object",
        "description": "A PORTOS user, as `GET /users` lists it (`QueryResult<UserProfile>` on the PORTOS pages; the\nlogged-in `UserProfile` above adds the session's device). `rights` is this mock's addition (it is\nwhat the rights of docs/behaviour.md#rights read). `password` is write-only: stored, never answered.\n",
        "additionalProperties": false,
        "required": [
          "id",
          "isActive",
          "isVirtual",
          "userName",
          "name",
          "featureName",
          "rights",
          "_v"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "isActive": {
            "type": "boolean",
            "default": true
          },
          "isVirtual": {
            "type": "boolean"
          },
          "userName": {
            "type": "string",
            "minLength": 1
          },
          "name": {
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
          "devices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UserDevice"
            }
          },
          "password": {
            "type": "string",
            "writeOnly": true,
            "description": "The login password (mock fixtures only); absent or empty for a user without one."
          },
          "_v": {
            "type": "integer",
            "minimum": 1,
            "default": 1,
            "description": "Resource version, tracked and updated by the API."
          }
        }
      },
      "UserDevice": {
        "type": "object",
        "description": "A device as a user's profile lists it.",
        "additionalProperties": false,
        "required": [
          "name",
          "envName"
        ],
        "properties": {
          "isActive": {
            "type": "boolean"
          },
          "envName": {
            "$ref": "#/components/schemas/EnvName"
          },
          "name": {
            "type": "string"
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "preferences": {
            "type": "object"
          }
        }
      },
      "UserQueryResult": {
        "type": "object",
        "description": "`QueryResult<User>`: one page of users. `items` is absent when `$count=true`.",
        "additionalProperties": false,
        "required": [
          "count",
          "totalCount"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/User"
            }
          },
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "totalCount": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "DeviceQueryResult": {
        "type": "object",
        "description": "`QueryResult<Device>`: one page of devices. `items` is absent when `$count=true`.",
        "additionalProperties": false,
        "required": [
          "count",
          "totalCount"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Device"
            }
          },
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "totalCount": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "ApiKey": {
        "type": "object",
        "description": "An API key for NWS4-HMAC-SHA256 request signing. Requests signed with it run as `userName` on\n`deviceName` once `isActive` is true (documented). `clientSecret` is write-only here: the mock keeps\nit to check signatures and never answers it (inferred).\n",
        "additionalProperties": false,
        "required": [
          "id",
          "clientId",
          "isActive",
          "createdAt",
          "name",
          "description",
          "userName",
          "deviceName",
          "permissions",
          "_v"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "clientId": {
            "type": "string",
            "description": "The public API key."
          },
          "clientSecret": {
            "type": "string",
            "writeOnly": true,
            "description": "The API secret key, used to hash request payloads."
          },
          "isActive": {
            "type": "boolean"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "userName": {
            "type": "string"
          },
          "deviceName": {
            "type": "string"
          },
          "permissions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "_v": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "ApiKeyQueryResult": {
        "type": "object",
        "description": "`QueryResult<ApiKey>`: one page of API keys. `items` is absent when `$count=true`.",
        "additionalProperties": false,
        "required": [
          "count",
          "totalCount"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ApiKey"
            }
          },
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "totalCount": {
            "type": "integer",
            "minimum": 0
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
