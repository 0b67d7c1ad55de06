/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts:
 * what the handlers read of the document (src/spec/outline.ts), without the document.
 * Do not make direct changes to the file: edit the YAML and run `npm run generate`.
 */
export const outline = {
  "operations": [
    {
      "operationId": "getSessions",
      "method": "GET",
      "path": "/sessions",
      "requiresAuth": true
    },
    {
      "operationId": "getSession",
      "method": "GET",
      "path": "/sessions/{id}",
      "requiresAuth": true
    },
    {
      "operationId": "deleteSession",
      "method": "DELETE",
      "path": "/sessions/{id}",
      "requiresAuth": true
    },
    {
      "operationId": "getCurrentUser",
      "method": "GET",
      "path": "/api/auth",
      "requiresAuth": true
    },
    {
      "operationId": "login",
      "method": "POST",
      "path": "/api/auth",
      "requiresAuth": false
    },
    {
      "operationId": "logout",
      "method": "DELETE",
      "path": "/api/auth",
      "requiresAuth": true
    },
    {
      "operationId": "refreshSession",
      "method": "POST",
      "path": "/api/auth/refresh",
      "requiresAuth": false
    },
    {
      "operationId": "getUsers",
      "method": "GET",
      "path": "/users",
      "requiresAuth": true
    },
    {
      "operationId": "getUser",
      "method": "GET",
      "path": "/users/{id}",
      "requiresAuth": true
    },
    {
      "operationId": "getDevices",
      "method": "GET",
      "path": "/devices",
      "requiresAuth": true
    },
    {
      "operationId": "createDevice",
      "method": "POST",
      "path": "/devices",
      "requiresAuth": true
    },
    {
      "operationId": "getDevice",
      "method": "GET",
      "path": "/devices/{name}",
      "requiresAuth": true
    },
    {
      "operationId": "putDevice",
      "method": "PUT",
      "path": "/devices/{name}",
      "requiresAuth": true
    },
    {
      "operationId": "deleteDevice",
      "method": "DELETE",
      "path": "/devices/{name}",
      "requiresAuth": true
    },
    {
      "operationId": "getApiKeys",
      "method": "GET",
      "path": "/apikeys",
      "requiresAuth": true
    },
    {
      "operationId": "getApiKey",
      "method": "GET",
      "path": "/apikeys/{id}",
      "requiresAuth": true
    }
  ],
  "schemaNames": [
    "RepeatableParameter",
    "SessionId",
    "EnvName",
    "Session",
    "SessionIdentity",
    "SessionQueryResult",
    "ProblemDetails",
    "PortosValidationProblemDetails",
    "ValidationErrorItem",
    "ErrorCode",
    "ProblemResource",
    "AuthRequest",
    "AuthResult",
    "UserProfile",
    "ProfileDevice",
    "Device",
    "RefreshRequest",
    "RefreshResult",
    "User",
    "UserDevice",
    "UserQueryResult",
    "DeviceQueryResult",
    "ApiKey",
    "ApiKeyQueryResult",
    "ResourceChange",
    "ResourceChangedNotificationPayload",
    "NotificationSender",
    "ResourcesChangedNotification",
    "SubscriptionRequestResource",
    "ResourceName",
    "UserRecord"
  ],
  "catalogue": [
    {
      "name": "sessions",
      "schemaName": "Session",
      "defaults": {},
      "keyParameter": "id",
      "key": "sessionId",
      "ndata": {
        "name": "sessions",
        "filters": [
          {
            "name": "sessionId",
            "path": "sessionId",
            "type": "string"
          }
        ],
        "sortKeys": [
          {
            "name": "sessionId",
            "path": "sessionId",
            "type": "string"
          },
          {
            "name": "startedAt",
            "path": "startedAt",
            "type": "date-time"
          },
          {
            "name": "expiresAt",
            "path": "expiresAt",
            "type": "date-time"
          },
          {
            "name": "lastAccessAt",
            "path": "lastAccessAt",
            "type": "date-time"
          },
          {
            "name": "_v",
            "path": "_v",
            "type": "number"
          },
          {
            "name": "identity.userName",
            "path": "identity.userName",
            "type": "string"
          },
          {
            "name": "identity.deviceName",
            "path": "identity.deviceName",
            "type": "string"
          },
          {
            "name": "identity.envName",
            "path": "identity.envName",
            "type": "string"
          },
          {
            "name": "identity.authenticationType",
            "path": "identity.authenticationType",
            "type": "string"
          }
        ],
        "defaultOrder": [
          {
            "key": "startedAt",
            "direction": "asc"
          }
        ],
        "tieBreaker": "sessionId"
      },
      "operations": [
        {
          "kind": "list",
          "operationId": "getSessions",
          "method": "GET",
          "path": "/sessions",
          "rights": []
        },
        {
          "kind": "item",
          "operationId": "getSession",
          "method": "GET",
          "path": "/sessions/{id}",
          "rights": []
        },
        {
          "kind": "delete",
          "operationId": "deleteSession",
          "method": "DELETE",
          "path": "/sessions/{id}",
          "rights": []
        }
      ],
      "writeOnly": []
    },
    {
      "name": "users",
      "schemaName": "User",
      "defaults": {
        "isActive": true,
        "_v": 1
      },
      "keyParameter": "id",
      "key": "id",
      "ndata": {
        "name": "users",
        "filters": [
          {
            "name": "isActive",
            "path": "isActive",
            "type": "boolean"
          },
          {
            "name": "isVirtual",
            "path": "isVirtual",
            "type": "boolean"
          },
          {
            "name": "featureName",
            "path": "featureName",
            "type": "string"
          },
          {
            "name": "userName",
            "path": "userName",
            "type": "string"
          },
          {
            "name": "name",
            "path": "name",
            "type": "string"
          }
        ],
        "sortKeys": [
          {
            "name": "id",
            "path": "id",
            "type": "string"
          },
          {
            "name": "userName",
            "path": "userName",
            "type": "string"
          },
          {
            "name": "name",
            "path": "name",
            "type": "string"
          },
          {
            "name": "isActive",
            "path": "isActive",
            "type": "boolean"
          },
          {
            "name": "isVirtual",
            "path": "isVirtual",
            "type": "boolean"
          },
          {
            "name": "featureName",
            "path": "featureName",
            "type": "string"
          },
          {
            "name": "_v",
            "path": "_v",
            "type": "number"
          }
        ],
        "defaultOrder": [
          {
            "key": "userName",
            "direction": "asc"
          }
        ],
        "tieBreaker": "id"
      },
      "operations": [
        {
          "kind": "list",
          "operationId": "getUsers",
          "method": "GET",
          "path": "/users",
          "rights": []
        },
        {
          "kind": "item",
          "operationId": "getUser",
          "method": "GET",
          "path": "/users/{id}",
          "rights": []
        }
      ],
      "writeOnly": [
        "password"
      ]
    },
    {
      "name": "devices",
      "schemaName": "Device",
      "defaults": {
        "isActive": true,
        "_v": 1
      },
      "keyParameter": "name",
      "key": "name",
      "ndata": {
        "name": "devices",
        "filters": [
          {
            "name": "name",
            "path": "name",
            "type": "string"
          },
          {
            "name": "isActive",
            "path": "isActive",
            "type": "boolean"
          },
          {
            "name": "envName",
            "path": "envName",
            "type": "string"
          }
        ],
        "sortKeys": [
          {
            "name": "name",
            "path": "name",
            "type": "string"
          },
          {
            "name": "envName",
            "path": "envName",
            "type": "string"
          },
          {
            "name": "isActive",
            "path": "isActive",
            "type": "boolean"
          },
          {
            "name": "description",
            "path": "description",
            "type": "string"
          },
          {
            "name": "_v",
            "path": "_v",
            "type": "number"
          }
        ],
        "defaultOrder": [
          {
            "key": "name",
            "direction": "asc"
          }
        ],
        "tieBreaker": "name"
      },
      "operations": [
        {
          "kind": "list",
          "operationId": "getDevices",
          "method": "GET",
          "path": "/devices",
          "rights": []
        },
        {
          "kind": "create",
          "operationId": "createDevice",
          "method": "POST",
          "path": "/devices",
          "rights": [
            "DeviceCreate"
          ]
        },
        {
          "kind": "item",
          "operationId": "getDevice",
          "method": "GET",
          "path": "/devices/{name}",
          "rights": []
        },
        {
          "kind": "put",
          "operationId": "putDevice",
          "method": "PUT",
          "path": "/devices/{name}",
          "rights": [
            "DeviceUpdate"
          ]
        },
        {
          "kind": "delete",
          "operationId": "deleteDevice",
          "method": "DELETE",
          "path": "/devices/{name}",
          "rights": [
            "DeviceDelete"
          ]
        }
      ],
      "writeOnly": []
    },
    {
      "name": "apikeys",
      "schemaName": "ApiKey",
      "defaults": {},
      "keyParameter": "id",
      "key": "id",
      "ndata": {
        "name": "apikeys",
        "filters": [
          {
            "name": "id",
            "path": "id",
            "type": "string"
          },
          {
            "name": "isActive",
            "path": "isActive",
            "type": "boolean"
          }
        ],
        "sortKeys": [
          {
            "name": "id",
            "path": "id",
            "type": "string"
          },
          {
            "name": "name",
            "path": "name",
            "type": "string"
          },
          {
            "name": "isActive",
            "path": "isActive",
            "type": "boolean"
          },
          {
            "name": "createdAt",
            "path": "createdAt",
            "type": "date-time"
          },
          {
            "name": "userName",
            "path": "userName",
            "type": "string"
          },
          {
            "name": "deviceName",
            "path": "deviceName",
            "type": "string"
          },
          {
            "name": "_v",
            "path": "_v",
            "type": "number"
          }
        ],
        "defaultOrder": [
          {
            "key": "createdAt",
            "direction": "asc"
          }
        ],
        "tieBreaker": "id"
      },
      "operations": [
        {
          "kind": "list",
          "operationId": "getApiKeys",
          "method": "GET",
          "path": "/apikeys",
          "rights": []
        },
        {
          "kind": "item",
          "operationId": "getApiKey",
          "method": "GET",
          "path": "/apikeys/{id}",
          "rights": []
        }
      ],
      "writeOnly": [
        "clientSecret"
      ]
    }
  ],
  "paths": [
    "/sessions",
    "/sessions/{id}",
    "/api/auth",
    "/api/auth/refresh",
    "/users",
    "/users/{id}",
    "/devices",
    "/devices/{name}",
    "/apikeys",
    "/apikeys/{id}"
  ],
  "security": [
    {
      "bearerAuth": []
    },
    {
      "nws4": []
    }
  ],
  "properties": {
    "Session": [
      "sessionId",
      "identity",
      "startedAt",
      "expiresAt",
      "lastAccessAt",
      "_v"
    ],
    "SessionIdentity": [
      "userName",
      "deviceName",
      "envName",
      "authenticationType"
    ],
    "SessionQueryResult": [
      "items",
      "count",
      "totalCount"
    ],
    "ProblemDetails": [
      "type",
      "title",
      "status",
      "detail",
      "instance",
      "traceId",
      "errorCode",
      "resource"
    ],
    "PortosValidationProblemDetails": [
      "type",
      "title",
      "status",
      "detail",
      "instance",
      "traceId",
      "errorCode",
      "resource",
      "errors"
    ],
    "ValidationErrorItem": [
      "memberName",
      "message",
      "code"
    ],
    "ProblemResource": [
      "name",
      "id",
      "version"
    ],
    "AuthRequest": [
      "UserName",
      "Password",
      "DeviceName"
    ],
    "AuthResult": [
      "tokenId",
      "refreshToken",
      "user"
    ],
    "UserProfile": [
      "id",
      "isVirtual",
      "name",
      "userName",
      "featureName",
      "rights",
      "device"
    ],
    "ProfileDevice": [
      "name",
      "envName",
      "description",
      "preferences",
      "settings"
    ],
    "Device": [
      "name",
      "isActive",
      "roles",
      "_v",
      "envName",
      "description",
      "preferences",
      "settings"
    ],
    "RefreshRequest": [
      "tokenId",
      "refreshToken"
    ],
    "RefreshResult": [
      "tokenId",
      "refreshToken"
    ],
    "User": [
      "id",
      "isActive",
      "isVirtual",
      "userName",
      "name",
      "featureName",
      "rights",
      "devices",
      "password",
      "_v"
    ],
    "UserDevice": [
      "isActive",
      "envName",
      "name",
      "roles",
      "description",
      "preferences"
    ],
    "UserQueryResult": [
      "items",
      "count",
      "totalCount"
    ],
    "DeviceQueryResult": [
      "items",
      "count",
      "totalCount"
    ],
    "ApiKey": [
      "id",
      "clientId",
      "clientSecret",
      "isActive",
      "createdAt",
      "name",
      "description",
      "userName",
      "deviceName",
      "permissions",
      "_v"
    ],
    "ApiKeyQueryResult": [
      "items",
      "count",
      "totalCount"
    ],
    "ResourceChangedNotificationPayload": [
      "resource",
      "change"
    ],
    "NotificationSender": [
      "c"
    ],
    "ResourcesChangedNotification": [
      "e",
      "s",
      "r",
      "ca",
      "ea",
      "p"
    ]
  }
};
