/* oxlint-disable -- generated code */
/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts
 * (ajv's standalone code, JSON Schema 2020-12, ajv-formats), compiled ahead of time so that no door calls
 * `new Function`: every validator of the spec
 * (the responses too: for tests, the validating layer and the contract kit).
 * JavaScript, not TypeScript: Node would type-strip it on every start (≈ 10× its import time); its types
 * are in the .d.ts beside it. Keys: src/spec/validator-entries.ts.
 * Do not make direct changes to the file: edit the YAML and run `npm run generate`.
 */
import { formats0, func1, func7, schema47, v3, v11, v16, v17, v19, v25, validate54, validate55, validate56, validate91, validate95, validate111 } from "./portos-sessions.record-validators.js";

/** Adds a failed check's error to the list (null until the first). */
function pushError(list, error) {
  if (list === null) return [error];
  list.push(error);
  return list;
}

const v0 = validate53;

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(typeof data[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
vErrors = pushError(vErrors, {instancePath,keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"});
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate53.errors = vErrors;
return errors === 0;
}

const v1 = validate54;
const v2 = validate55;
const v4 = validate61;

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.deviceName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "deviceName"},message:"must have required property '"+"deviceName"+"'"});
errors++;
}
if(data.envName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "envName"},message:"must have required property '"+"envName"+"'"});
errors++;
}
if(data.authenticationType === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "authenticationType"},message:"must have required property '"+"authenticationType"+"'"});
errors++;
}
for(const key0 in data){
if(!((((key0 === "userName") || (key0 === "deviceName")) || (key0 === "envName")) || (key0 === "authenticationType"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.userName !== undefined){
let data0 = data.userName;
if(typeof data0 === "string"){
if(func1(data0) < 1){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.deviceName !== undefined){
let data1 = data.deviceName;
if(typeof data1 === "string"){
if(func1(data1) < 1){
vErrors = pushError(vErrors, {instancePath:instancePath+"/deviceName",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/deviceName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.envName !== undefined){
if(!(validate55(data.envName, {instancePath:instancePath+"/envName",parentData:data,parentDataProperty:"envName",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.authenticationType !== undefined){
let data3 = data.authenticationType;
if(typeof data3 === "string"){
if(func1(data3) < 1){
vErrors = pushError(vErrors, {instancePath:instancePath+"/authenticationType",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/authenticationType",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

const v5 = validate63;

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"});
errors++;
}
if(data.totalCount === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "totalCount"},message:"must have required property '"+"totalCount"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "items") || (key0 === "count")) || (key0 === "totalCount"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate56(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/items",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.totalCount !== undefined){
let data3 = data.totalCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const v6 = validate65;
const schema28 = {"type":"integer","enum":[1,2,3,4,5,6]};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if(!((((((data === 1) || (data === 2)) || (data === 3)) || (data === 4)) || (data === 5)) || (data === 6))){
vErrors = pushError(vErrors, {instancePath,keyword:"enum",params:{allowedValues: schema28.enum},message:"must be equal to one of the allowed values"});
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "id")) || (key0 === "version"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/version",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "title")) || (key0 === "status")) || (key0 === "detail")) || (key0 === "instance")) || (key0 === "traceId")) || (key0 === "errorCode")) || (key0 === "resource"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/type",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/title",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/status",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 599 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/status",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"});
errors++;
}
if(data2 < 100 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/status",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"});
errors++;
}
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/detail",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/instance",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/traceId",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.errorCode !== undefined){
if(!(validate66(data.errorCode, {instancePath:instancePath+"/errorCode",parentData:data,parentDataProperty:"errorCode",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.resource !== undefined){
if(!(validate68(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

const v7 = validate70;
const schema30 = {"type":"object","additionalProperties":false,"required":["errors"],"properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer","minimum":100,"maximum":599},"detail":{"type":"string"},"instance":{"type":"string"},"traceId":{"type":"string"},"errorCode":{"$ref":"urn:portos-sessions:response#/$defs/ErrorCode"},"resource":{"$ref":"urn:portos-sessions:response#/$defs/ProblemResource"},"errors":{"type":"array","items":{"$ref":"urn:portos-sessions:response#/$defs/ValidationErrorItem"}}}};
function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.memberName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "memberName"},message:"must have required property '"+"memberName"+"'"});
errors++;
}
if(data.message === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "memberName") || (key0 === "message")) || (key0 === "code"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.memberName !== undefined){
if(typeof data.memberName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/memberName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/message",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/code",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"});
errors++;
}
for(const key0 in data){
if(!(func7.call(schema30.properties, key0))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/type",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/title",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/status",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 599 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/status",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"});
errors++;
}
if(data2 < 100 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/status",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"});
errors++;
}
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/detail",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.instance !== undefined){
if(typeof data.instance !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/instance",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/traceId",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.errorCode !== undefined){
if(!(validate66(data.errorCode, {instancePath:instancePath+"/errorCode",parentData:data,parentDataProperty:"errorCode",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.resource !== undefined){
if(!(validate68(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.errors !== undefined){
let data8 = data.errors;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate73(data8[i0], {instancePath:instancePath+"/errors/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/errors",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}

const v8 = validate75;

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.memberName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "memberName"},message:"must have required property '"+"memberName"+"'"});
errors++;
}
if(data.message === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "memberName") || (key0 === "message")) || (key0 === "code"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.memberName !== undefined){
if(typeof data.memberName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/memberName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/message",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/code",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

const v9 = validate76;

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if(!((((((data === 1) || (data === 2)) || (data === 3)) || (data === 4)) || (data === 5)) || (data === 6))){
vErrors = pushError(vErrors, {instancePath,keyword:"enum",params:{allowedValues: schema28.enum},message:"must be equal to one of the allowed values"});
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

const v10 = validate77;

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "id")) || (key0 === "version"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/version",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}

const v12 = validate80;

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.UserName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "UserName"},message:"must have required property '"+"UserName"+"'"});
errors++;
}
if(data.DeviceName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "DeviceName"},message:"must have required property '"+"DeviceName"+"'"});
errors++;
}
if(data.UserName !== undefined){
if(typeof data.UserName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/UserName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.DeviceName !== undefined){
if(typeof data.DeviceName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/DeviceName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}

const v13 = validate81;
const schema39 = {"type":"object","additionalProperties":false,"required":["id","isVirtual","name","userName","featureName","rights","device"],"properties":{"id":{"type":"string"},"isVirtual":{"type":"boolean"},"name":{"type":"string"},"userName":{"type":"string"},"featureName":{"type":["string","null"]},"rights":{"type":"array","items":{"type":"string"}},"device":{"$ref":"urn:portos-sessions:response#/$defs/ProfileDevice"}}};
const schema40 = {"type":"object","additionalProperties":false,"required":["name","envName","description","preferences","settings"],"properties":{"name":{"type":"string"},"envName":{"$ref":"urn:portos-sessions:response#/$defs/EnvName"},"description":{"type":["string","null"]},"preferences":{"type":"object"},"settings":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.envName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "envName"},message:"must have required property '"+"envName"+"'"});
errors++;
}
if(data.description === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"});
errors++;
}
if(data.preferences === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "preferences"},message:"must have required property '"+"preferences"+"'"});
errors++;
}
if(data.settings === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"});
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "envName")) || (key0 === "description")) || (key0 === "preferences")) || (key0 === "settings"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.envName !== undefined){
if(!(validate55(data.envName, {instancePath:instancePath+"/envName",parentData:data,parentDataProperty:"envName",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema40.properties.description.type},message:"must be string,null"});
errors++;
}
}
if(data.preferences !== undefined){
let data3 = data.preferences;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/preferences",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
if(data.settings !== undefined){
let data4 = data.settings;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(typeof data4[key1] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/settings/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/settings",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
if(data.isVirtual === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isVirtual"},message:"must have required property '"+"isVirtual"+"'"});
errors++;
}
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.featureName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "featureName"},message:"must have required property '"+"featureName"+"'"});
errors++;
}
if(data.rights === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'"});
errors++;
}
if(data.device === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"});
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "isVirtual")) || (key0 === "name")) || (key0 === "userName")) || (key0 === "featureName")) || (key0 === "rights")) || (key0 === "device"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.isVirtual !== undefined){
if(typeof data.isVirtual !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isVirtual",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.featureName !== undefined){
let data4 = data.featureName;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/featureName",keyword:"type",params:{type: schema39.properties.featureName.type},message:"must be string,null"});
errors++;
}
}
if(data.rights !== undefined){
let data5 = data.rights;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.device !== undefined){
if(!(validate83(data.device, {instancePath:instancePath+"/device",parentData:data,parentDataProperty:"device",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tokenId === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "tokenId"},message:"must have required property '"+"tokenId"+"'"});
errors++;
}
if(data.refreshToken === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "refreshToken"},message:"must have required property '"+"refreshToken"+"'"});
errors++;
}
if(data.user === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "tokenId") || (key0 === "refreshToken")) || (key0 === "user"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.tokenId !== undefined){
if(typeof data.tokenId !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/tokenId",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.refreshToken !== undefined){
if(typeof data.refreshToken !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/refreshToken",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.user !== undefined){
if(!(validate82(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}

const v14 = validate87;

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
if(data.isVirtual === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isVirtual"},message:"must have required property '"+"isVirtual"+"'"});
errors++;
}
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.featureName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "featureName"},message:"must have required property '"+"featureName"+"'"});
errors++;
}
if(data.rights === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'"});
errors++;
}
if(data.device === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'"});
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "isVirtual")) || (key0 === "name")) || (key0 === "userName")) || (key0 === "featureName")) || (key0 === "rights")) || (key0 === "device"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.isVirtual !== undefined){
if(typeof data.isVirtual !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isVirtual",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.featureName !== undefined){
let data4 = data.featureName;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/featureName",keyword:"type",params:{type: schema39.properties.featureName.type},message:"must be string,null"});
errors++;
}
}
if(data.rights !== undefined){
let data5 = data.rights;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.device !== undefined){
if(!(validate83(data.device, {instancePath:instancePath+"/device",parentData:data,parentDataProperty:"device",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}

const v15 = validate89;

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.envName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "envName"},message:"must have required property '"+"envName"+"'"});
errors++;
}
if(data.description === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"});
errors++;
}
if(data.preferences === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "preferences"},message:"must have required property '"+"preferences"+"'"});
errors++;
}
if(data.settings === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"});
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "envName")) || (key0 === "description")) || (key0 === "preferences")) || (key0 === "settings"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.envName !== undefined){
if(!(validate55(data.envName, {instancePath:instancePath+"/envName",parentData:data,parentDataProperty:"envName",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema40.properties.description.type},message:"must be string,null"});
errors++;
}
}
if(data.preferences !== undefined){
let data3 = data.preferences;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/preferences",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
if(data.settings !== undefined){
let data4 = data.settings;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(typeof data4[key1] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/settings/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/settings",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}

const v18 = validate94;

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tokenId === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "tokenId"},message:"must have required property '"+"tokenId"+"'"});
errors++;
}
if(data.refreshToken === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "refreshToken"},message:"must have required property '"+"refreshToken"+"'"});
errors++;
}
for(const key0 in data){
if(!((key0 === "tokenId") || (key0 === "refreshToken"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.tokenId !== undefined){
if(typeof data.tokenId !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/tokenId",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.refreshToken !== undefined){
if(typeof data.refreshToken !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/refreshToken",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}

const v20 = validate99;
const schema48 = {"type":"object","additionalProperties":false,"required":["id","isActive","isVirtual","userName","name","featureName","rights","_v"],"properties":{"id":{"type":"string"},"isActive":{"type":"boolean","default":true},"isVirtual":{"type":"boolean"},"userName":{"type":"string","minLength":1},"name":{"type":"string"},"featureName":{"type":["string","null"]},"rights":{"type":"array","items":{"type":"string"}},"devices":{"type":"array","items":{"$ref":"urn:portos-sessions:response#/$defs/UserDevice"}},"_v":{"type":"integer","minimum":1,"default":1}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.envName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "envName"},message:"must have required property '"+"envName"+"'"});
errors++;
}
for(const key0 in data){
if(!((((((key0 === "isActive") || (key0 === "envName")) || (key0 === "name")) || (key0 === "roles")) || (key0 === "description")) || (key0 === "preferences"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.isActive !== undefined){
if(typeof data.isActive !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isActive",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.envName !== undefined){
if(!(validate55(data.envName, {instancePath:instancePath+"/envName",parentData:data,parentDataProperty:"envName",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.roles !== undefined){
let data3 = data.roles;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/roles/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/roles",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema47.properties.description.type},message:"must be string,null"});
errors++;
}
}
if(data.preferences !== undefined){
let data6 = data.preferences;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/preferences",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
if(data.isActive === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isActive"},message:"must have required property '"+"isActive"+"'"});
errors++;
}
if(data.isVirtual === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isVirtual"},message:"must have required property '"+"isVirtual"+"'"});
errors++;
}
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.featureName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "featureName"},message:"must have required property '"+"featureName"+"'"});
errors++;
}
if(data.rights === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'"});
errors++;
}
if(data._v === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "_v"},message:"must have required property '"+"_v"+"'"});
errors++;
}
for(const key0 in data){
if(!(func7.call(schema48.properties, key0))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.isActive !== undefined){
if(typeof data.isActive !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isActive",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.isVirtual !== undefined){
if(typeof data.isVirtual !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isVirtual",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.userName !== undefined){
let data3 = data.userName;
if(typeof data3 === "string"){
if(func1(data3) < 1){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.featureName !== undefined){
let data5 = data.featureName;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/featureName",keyword:"type",params:{type: schema48.properties.featureName.type},message:"must be string,null"});
errors++;
}
}
if(data.rights !== undefined){
let data6 = data.rights;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.devices !== undefined){
let data8 = data.devices;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate100(data8[i1], {instancePath:instancePath+"/devices/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/devices",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data._v !== undefined){
let data10 = data._v;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}

const v21 = validate103;

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.envName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "envName"},message:"must have required property '"+"envName"+"'"});
errors++;
}
for(const key0 in data){
if(!((((((key0 === "isActive") || (key0 === "envName")) || (key0 === "name")) || (key0 === "roles")) || (key0 === "description")) || (key0 === "preferences"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.isActive !== undefined){
if(typeof data.isActive !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isActive",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.envName !== undefined){
if(!(validate55(data.envName, {instancePath:instancePath+"/envName",parentData:data,parentDataProperty:"envName",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.roles !== undefined){
let data3 = data.roles;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/roles/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/roles",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema47.properties.description.type},message:"must be string,null"});
errors++;
}
}
if(data.preferences !== undefined){
let data6 = data.preferences;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/preferences",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}

const v22 = validate105;

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"});
errors++;
}
if(data.totalCount === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "totalCount"},message:"must have required property '"+"totalCount"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "items") || (key0 === "count")) || (key0 === "totalCount"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate95(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/items",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.totalCount !== undefined){
let data3 = data.totalCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}

const v23 = validate107;

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"});
errors++;
}
if(data.totalCount === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "totalCount"},message:"must have required property '"+"totalCount"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "items") || (key0 === "count")) || (key0 === "totalCount"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate99(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/items",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.totalCount !== undefined){
let data3 = data.totalCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}

const v24 = validate109;

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"});
errors++;
}
if(data.totalCount === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "totalCount"},message:"must have required property '"+"totalCount"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "items") || (key0 === "count")) || (key0 === "totalCount"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate91(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/items",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.totalCount !== undefined){
let data3 = data.totalCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}

const v26 = validate112;
const schema55 = {"type":"object","additionalProperties":false,"required":["id","clientId","isActive","createdAt","name","description","userName","deviceName","permissions","_v"],"properties":{"id":{"type":"string"},"clientId":{"type":"string"},"isActive":{"type":"boolean"},"createdAt":{"type":"string","format":"date-time"},"name":{"type":"string"},"description":{"type":["string","null"]},"userName":{"type":"string"},"deviceName":{"type":"string"},"permissions":{"type":"array","items":{"type":"string"}},"_v":{"type":"integer","minimum":1}}};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
if(data.clientId === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"});
errors++;
}
if(data.isActive === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isActive"},message:"must have required property '"+"isActive"+"'"});
errors++;
}
if(data.createdAt === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"});
errors++;
}
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.description === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"});
errors++;
}
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.deviceName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "deviceName"},message:"must have required property '"+"deviceName"+"'"});
errors++;
}
if(data.permissions === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'"});
errors++;
}
if(data._v === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "_v"},message:"must have required property '"+"_v"+"'"});
errors++;
}
for(const key0 in data){
if(!(func7.call(schema55.properties, key0))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.clientId !== undefined){
if(typeof data.clientId !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/clientId",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.isActive !== undefined){
if(typeof data.isActive !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isActive",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.createdAt !== undefined){
let data3 = data.createdAt;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/createdAt",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/createdAt",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if((typeof data5 !== "string") && (data5 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema55.properties.description.type},message:"must be string,null"});
errors++;
}
}
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.deviceName !== undefined){
if(typeof data.deviceName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/deviceName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.permissions !== undefined){
let data8 = data.permissions;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/permissions/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/permissions",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data._v !== undefined){
let data10 = data._v;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}

const v27 = validate113;

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"});
errors++;
}
if(data.totalCount === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "totalCount"},message:"must have required property '"+"totalCount"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "items") || (key0 === "count")) || (key0 === "totalCount"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate111(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/items",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.totalCount !== undefined){
let data3 = data.totalCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}

const v28 = validate115;

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"});
errors++;
}
if(data.totalCount === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "totalCount"},message:"must have required property '"+"totalCount"+"'"});
errors++;
}
for(const key0 in data){
if(!(((key0 === "items") || (key0 === "count")) || (key0 === "totalCount"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate112(data0[i0], {instancePath:instancePath+"/items/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/items",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/count",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.totalCount !== undefined){
let data3 = data.totalCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/totalCount",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}

const v29 = validate117;
const schema58 = {"type":"string","enum":["created","updated","deleted"]};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
if(!(((data === "created") || (data === "updated")) || (data === "deleted"))){
vErrors = pushError(vErrors, {instancePath,keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"});
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}

const v30 = validate118;

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resource === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"});
errors++;
}
if(data.change === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"});
errors++;
}
for(const key0 in data){
if(!((key0 === "resource") || (key0 === "change"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.resource !== undefined){
if(!(validate68(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.change !== undefined){
if(!(validate117(data.change, {instancePath:instancePath+"/change",parentData:data,parentDataProperty:"change",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}

const v31 = validate121;
const schema60 = {"type":"object","required":["c"],"properties":{"c":{"type":["string","null"]}}};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.c === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "c"},message:"must have required property '"+"c"+"'"});
errors++;
}
if(data.c !== undefined){
let data0 = data.c;
if((typeof data0 !== "string") && (data0 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/c",keyword:"type",params:{type: schema60.properties.c.type},message:"must be string,null"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate121.errors = vErrors;
return errors === 0;
}

const v32 = validate122;
const schema61 = {"type":"object","additionalProperties":false,"required":["e","s","ca","ea","p"],"properties":{"e":{"type":"string","const":"portos.resources.changed"},"s":{"$ref":"urn:portos-sessions:response#/$defs/NotificationSender"},"r":{"type":["string","null"]},"ca":{"type":"string","format":"date-time"},"ea":{"type":["string","null"],"format":"date-time"},"p":{"$ref":"urn:portos-sessions:response#/$defs/ResourceChangedNotificationPayload"}}};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.e === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "e"},message:"must have required property '"+"e"+"'"});
errors++;
}
if(data.s === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "s"},message:"must have required property '"+"s"+"'"});
errors++;
}
if(data.ca === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "ca"},message:"must have required property '"+"ca"+"'"});
errors++;
}
if(data.ea === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "ea"},message:"must have required property '"+"ea"+"'"});
errors++;
}
if(data.p === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "p"},message:"must have required property '"+"p"+"'"});
errors++;
}
for(const key0 in data){
if(!((((((key0 === "e") || (key0 === "s")) || (key0 === "r")) || (key0 === "ca")) || (key0 === "ea")) || (key0 === "p"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.e !== undefined){
let data0 = data.e;
if(typeof data0 !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/e",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
if("portos.resources.changed" !== data0){
vErrors = pushError(vErrors, {instancePath:instancePath+"/e",keyword:"const",params:{allowedValue: "portos.resources.changed"},message:"must be equal to constant"});
errors++;
}
}
if(data.s !== undefined){
if(!(validate121(data.s, {instancePath:instancePath+"/s",parentData:data,parentDataProperty:"s",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
if(data.r !== undefined){
let data2 = data.r;
if((typeof data2 !== "string") && (data2 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/r",keyword:"type",params:{type: schema61.properties.r.type},message:"must be string,null"});
errors++;
}
}
if(data.ca !== undefined){
let data3 = data.ca;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/ca",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/ca",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.ea !== undefined){
let data4 = data.ea;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/ea",keyword:"type",params:{type: schema61.properties.ea.type},message:"must be string,null"});
errors++;
}
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/ea",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""});
errors++;
}
}
}
if(data.p !== undefined){
if(!(validate118(data.p, {instancePath:instancePath+"/p",parentData:data,parentDataProperty:"p",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}

const v33 = validate125;

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func1(data) > 100){
vErrors = pushError(vErrors, {instancePath,keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"});
errors++;
}
if(func1(data) < 1){
vErrors = pushError(vErrors, {instancePath,keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
validate126.errors = vErrors;
return errors === 0;
}


function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate126(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate126(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resources === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"});
errors++;
}
if(data.resources !== undefined){
let data1 = data.resources;
const _errs8 = errors;
let valid4 = false;
let passing1 = null;
const _errs9 = errors;
if(!(validate126(data1, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs10 = errors;
if(Array.isArray(data1)){
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
if(!(validate126(data1[i1], {instancePath:instancePath+"/resources/" + i1,parentData:data1,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/resources",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
var _valid1 = _errs10 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
vErrors = pushError(vErrors, {instancePath:instancePath+"/resources",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"});
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.name !== undefined){
if(!(validate126(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
vErrors = pushError(vErrors, {instancePath,keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"});
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate125.errors = vErrors;
return errors === 0;
}

const v34 = validate132;

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func1(data) > 100){
vErrors = pushError(vErrors, {instancePath,keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"});
errors++;
}
if(func1(data) < 1){
vErrors = pushError(vErrors, {instancePath,keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
validate132.errors = vErrors;
return errors === 0;
}

const v35 = validate133;
const schema65 = {"$id":"urn:portos-sessions:inline:60","type":"object","additionalProperties":false,"required":["id","isVirtual","name","userName","featureName","rights"],"properties":{"id":{"type":"string"},"isVirtual":{"type":"boolean"},"name":{"type":"string"},"userName":{"type":"string"},"featureName":{"type":["string","null"]},"rights":{"type":"array","items":{"type":"string"}},"password":{"type":"string"}}};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:portos-sessions:inline:60" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
if(data.isVirtual === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isVirtual"},message:"must have required property '"+"isVirtual"+"'"});
errors++;
}
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.featureName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "featureName"},message:"must have required property '"+"featureName"+"'"});
errors++;
}
if(data.rights === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'"});
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "isVirtual")) || (key0 === "name")) || (key0 === "userName")) || (key0 === "featureName")) || (key0 === "rights")) || (key0 === "password"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.isVirtual !== undefined){
if(typeof data.isVirtual !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isVirtual",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.featureName !== undefined){
let data4 = data.featureName;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/featureName",keyword:"type",params:{type: schema65.properties.featureName.type},message:"must be string,null"});
errors++;
}
}
if(data.rights !== undefined){
let data5 = data.rights;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/password",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}

const v36 = validate134;
const schema66 = {"$id":"urn:portos-sessions:inline:61","type":"object","additionalProperties":false,"required":["id","isVirtual","name","userName","featureName","rights"],"properties":{"id":{"type":"string"},"isVirtual":{"type":"boolean"},"name":{"type":"string"},"userName":{"type":"string"},"featureName":{"type":["string","null"]},"rights":{"type":"array","items":{"type":"string"}},"password":{"type":"string"}}};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:portos-sessions:inline:61" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"});
errors++;
}
if(data.isVirtual === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "isVirtual"},message:"must have required property '"+"isVirtual"+"'"});
errors++;
}
if(data.name === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"});
errors++;
}
if(data.userName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'"});
errors++;
}
if(data.featureName === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "featureName"},message:"must have required property '"+"featureName"+"'"});
errors++;
}
if(data.rights === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'"});
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "isVirtual")) || (key0 === "name")) || (key0 === "userName")) || (key0 === "featureName")) || (key0 === "rights")) || (key0 === "password"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/id",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.isVirtual !== undefined){
if(typeof data.isVirtual !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isVirtual",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/name",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/userName",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.featureName !== undefined){
let data4 = data.featureName;
if((typeof data4 !== "string") && (data4 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/featureName",keyword:"type",params:{type: schema66.properties.featureName.type},message:"must be string,null"});
errors++;
}
}
if(data.rights !== undefined){
let data5 = data.rights;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights/" + i0,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/rights",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/password",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}


/** The validators by key; each sets `.errors` (ajv's error objects, without `schemaPath`) when it returns false. */
export const validators = {
  "request RepeatableParameter": v0,
  "response RepeatableParameter": v0,
  "request SessionId": v1,
  "response SessionId": v1,
  "request EnvName": v2,
  "response EnvName": v2,
  "request Session": v3,
  "response Session": v3,
  "request SessionIdentity": v4,
  "response SessionIdentity": v4,
  "request SessionQueryResult": v5,
  "response SessionQueryResult": v5,
  "request ProblemDetails": v6,
  "response ProblemDetails": v6,
  "request PortosValidationProblemDetails": v7,
  "response PortosValidationProblemDetails": v7,
  "request ValidationErrorItem": v8,
  "response ValidationErrorItem": v8,
  "request ErrorCode": v9,
  "response ErrorCode": v9,
  "request ProblemResource": v10,
  "response ProblemResource": v10,
  "request AuthRequest": v11,
  "response AuthRequest": v12,
  "request AuthResult": v13,
  "response AuthResult": v13,
  "request UserProfile": v14,
  "response UserProfile": v14,
  "request ProfileDevice": v15,
  "response ProfileDevice": v15,
  "request Device": v16,
  "response Device": v16,
  "request RefreshRequest": v17,
  "response RefreshRequest": v17,
  "request RefreshResult": v18,
  "response RefreshResult": v18,
  "request User": v19,
  "response User": v20,
  "request UserDevice": v21,
  "response UserDevice": v21,
  "request UserQueryResult": v22,
  "response UserQueryResult": v23,
  "request DeviceQueryResult": v24,
  "response DeviceQueryResult": v24,
  "request ApiKey": v25,
  "response ApiKey": v26,
  "request ApiKeyQueryResult": v27,
  "response ApiKeyQueryResult": v28,
  "request ResourceChange": v29,
  "response ResourceChange": v29,
  "request ResourceChangedNotificationPayload": v30,
  "response ResourceChangedNotificationPayload": v30,
  "request NotificationSender": v31,
  "response NotificationSender": v31,
  "request ResourcesChangedNotification": v32,
  "response ResourcesChangedNotification": v32,
  "request SubscriptionRequestResource": v33,
  "response SubscriptionRequestResource": v33,
  "request ResourceName": v34,
  "response ResourceName": v34,
  "request UserRecord": v35,
  "response UserRecord": v36,
  "response getSessions 200 application/json": v5,
  "response getSessions 400 application/problem+json": v7,
  "response getSessions 401 application/problem+json": v6,
  "response getSession 200 application/json": v3,
  "response getSession 401 application/problem+json": v6,
  "response getSession 404 application/problem+json": v6,
  "response deleteSession 200 application/json": v3,
  "response deleteSession 401 application/problem+json": v6,
  "response deleteSession 404 application/problem+json": v6,
  "response getCurrentUser 200 application/json": v14,
  "response getCurrentUser 401 application/problem+json": v6,
  "request body login": v11,
  "response login 200 application/json": v13,
  "response login 400 application/problem+json": v7,
  "response login 401 application/problem+json": v6,
  "response logout 401 application/problem+json": v6,
  "request body refreshSession": v17,
  "response refreshSession 200 application/json": v18,
  "response refreshSession 400 application/problem+json": v7,
  "response refreshSession 401 application/problem+json": v6,
  "response getUsers 200 application/json": v23,
  "response getUsers 400 application/problem+json": v7,
  "response getUsers 401 application/problem+json": v6,
  "response getUser 200 application/json": v20,
  "response getUser 401 application/problem+json": v6,
  "response getUser 404 application/problem+json": v6,
  "response getDevices 200 application/json": v24,
  "response getDevices 400 application/problem+json": v7,
  "response getDevices 401 application/problem+json": v6,
  "request body createDevice": v16,
  "response createDevice 201 application/json": v16,
  "response createDevice 400 application/problem+json": v7,
  "response createDevice 401 application/problem+json": v6,
  "response createDevice 403 application/problem+json": v6,
  "response createDevice 409 application/problem+json": v6,
  "response getDevice 200 application/json": v16,
  "response getDevice 401 application/problem+json": v6,
  "response getDevice 404 application/problem+json": v6,
  "request body putDevice": v16,
  "response putDevice 200 application/json": v16,
  "response putDevice 201 application/json": v16,
  "response putDevice 400 application/problem+json": v7,
  "response putDevice 401 application/problem+json": v6,
  "response putDevice 403 application/problem+json": v6,
  "response putDevice 409 application/problem+json": v6,
  "response deleteDevice 401 application/problem+json": v6,
  "response deleteDevice 403 application/problem+json": v6,
  "response deleteDevice 404 application/problem+json": v6,
  "response deleteDevice 423 application/problem+json": v6,
  "response getApiKeys 200 application/json": v28,
  "response getApiKeys 400 application/problem+json": v7,
  "response getApiKeys 401 application/problem+json": v6,
  "response getApiKey 200 application/json": v26,
  "response getApiKey 401 application/problem+json": v6,
  "response getApiKey 404 application/problem+json": v6,
};
