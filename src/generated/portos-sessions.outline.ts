/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts:
 * the operations and schema names (src/spec/outline.ts), without the document.
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
  ]
};
