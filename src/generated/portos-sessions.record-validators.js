/* oxlint-disable -- generated code */
/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts
 * (ajv's standalone code, JSON Schema 2020-12, ajv-formats), compiled ahead of time so that no door calls
 * `new Function`: the validators the handlers call (each resource's record, each request body).
 * JavaScript, not TypeScript: Node would type-strip it on every start (≈ 10× its import time); its types
 * are in the .d.ts beside it. Keys: src/spec/validator-entries.ts.
 * Do not make direct changes to the file: edit the YAML and run `npm run generate`.
 */
import * as runtime0 from "ajv/dist/runtime/ucs2length.js";

function cjs(namespace) {
  const exports = namespace.default;
  return exports && typeof exports === 'object' && exports.__esModule ? exports : namespace;
}

/** Adds a failed check's error to the list (null until the first). */
function pushError(list, error) {
  if (list === null) return [error];
  list.push(error);
  return list;
}

/** ajv-formats' full "date-time" (RFC 3339 §5.6, time zone required), from src/spec/date-time-format.ts. */
const dateTimeFormat = {
  validate(str) {
    const dateTime = str.split(/t|\s/i);
    if (dateTime.length !== 2) return false;
    const date = /^(\d\d\d\d)-(\d\d)-(\d\d)$/.exec(dateTime[0]);
    if (!date) return false;
    const year = +date[1];
    const month = +date[2];
    const day = +date[3];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= days[month])) return false;
    const time = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i.exec(dateTime[1]);
    if (!time) return false;
    const hr = +time[1];
    const min = +time[2];
    const sec = +time[3];
    const tzSign = time[5] === "-" ? -1 : 1;
    const tzH = +(time[6] || 0);
    const tzM = +(time[7] || 0);
    if (tzH > 23 || tzM > 59 || !time[4]) return false;
    if (hr <= 23 && min <= 59 && sec < 60) return true;
    // A leap second: 23:59:60 in UTC.
    const utcMin = min - tzM * tzSign;
    const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
    return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
  },
};

const pattern3 = new RegExp("^[A-Za-z0-9]{32}$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern3.test(data)){
vErrors = pushError(vErrors, {instancePath,keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{32}$"},message:"must match pattern \""+"^[A-Za-z0-9]{32}$"+"\""});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"string","enum":["CashRegister","PDA","BackOffice","Tool"]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
vErrors = pushError(vErrors, {instancePath,keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
if(!((((data === "CashRegister") || (data === "PDA")) || (data === "BackOffice")) || (data === "Tool"))){
vErrors = pushError(vErrors, {instancePath,keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"});
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const v3 = validate56;
const func1 = cjs(runtime0).default;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
validate58.errors = vErrors;
return errors === 0;
}

const formats0 = dateTimeFormat;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sessionId === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "sessionId"},message:"must have required property '"+"sessionId"+"'"});
errors++;
}
if(data.identity === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"});
errors++;
}
if(data.startedAt === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "startedAt"},message:"must have required property '"+"startedAt"+"'"});
errors++;
}
if(data.expiresAt === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "expiresAt"},message:"must have required property '"+"expiresAt"+"'"});
errors++;
}
if(data.lastAccessAt === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "lastAccessAt"},message:"must have required property '"+"lastAccessAt"+"'"});
errors++;
}
if(data._v === undefined){
vErrors = pushError(vErrors, {instancePath,keyword:"required",params:{missingProperty: "_v"},message:"must have required property '"+"_v"+"'"});
errors++;
}
for(const key0 in data){
if(!((((((key0 === "sessionId") || (key0 === "identity")) || (key0 === "startedAt")) || (key0 === "expiresAt")) || (key0 === "lastAccessAt")) || (key0 === "_v"))){
vErrors = pushError(vErrors, {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"});
errors++;
}
}
if(data.sessionId !== undefined){
if(!(validate54(data.sessionId, {instancePath:instancePath+"/sessionId",parentData:data,parentDataProperty:"sessionId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.identity !== undefined){
if(!(validate58(data.identity, {instancePath:instancePath+"/identity",parentData:data,parentDataProperty:"identity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.startedAt !== undefined){
let data2 = data.startedAt;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/startedAt",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/startedAt",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.expiresAt !== undefined){
let data3 = data.expiresAt;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/expiresAt",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/expiresAt",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data.lastAccessAt !== undefined){
let data4 = data.lastAccessAt;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/lastAccessAt",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""});
errors++;
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/lastAccessAt",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data._v !== undefined){
let data5 = data._v;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
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
validate56.errors = vErrors;
return errors === 0;
}

const func7 = Object.prototype.hasOwnProperty;

const v11 = validate79;

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.Password !== undefined){
if(typeof data.Password !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/Password",keyword:"type",params:{type: "string"},message:"must be string"});
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
validate79.errors = vErrors;
return errors === 0;
}

const v16 = validate91;
const schema43 = {"type":"object","additionalProperties":false,"required":["name","envName","description","preferences","settings"],"properties":{"name":{"type":"string"},"isActive":{"type":"boolean","default":true},"roles":{"type":"array","items":{"type":"string"}},"_v":{"type":"integer","minimum":0,"default":1},"envName":{"$ref":"urn:portos-sessions:response#/$defs/EnvName"},"description":{"type":["string","null"]},"preferences":{"type":"object"},"settings":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(!((((((((key0 === "name") || (key0 === "isActive")) || (key0 === "roles")) || (key0 === "_v")) || (key0 === "envName")) || (key0 === "description")) || (key0 === "preferences")) || (key0 === "settings"))){
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
if(data.isActive !== undefined){
if(typeof data.isActive !== "boolean"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/isActive",keyword:"type",params:{type: "boolean"},message:"must be boolean"});
errors++;
}
}
if(data.roles !== undefined){
let data2 = data.roles;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
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
if(data._v !== undefined){
let data4 = data._v;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"});
errors++;
}
}
}
if(data.envName !== undefined){
if(!(validate55(data.envName, {instancePath:instancePath+"/envName",parentData:data,parentDataProperty:"envName",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data6 = data.description;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema43.properties.description.type},message:"must be string,null"});
errors++;
}
}
if(data.preferences !== undefined){
let data7 = data.preferences;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/preferences",keyword:"type",params:{type: "object"},message:"must be object"});
errors++;
}
}
if(data.settings !== undefined){
let data8 = data.settings;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
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
validate91.errors = vErrors;
return errors === 0;
}

const v17 = validate93;

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
validate93.errors = vErrors;
return errors === 0;
}

const v19 = validate95;
const schema46 = {"type":"object","additionalProperties":false,"required":["id","isActive","isVirtual","userName","name","featureName","rights","_v"],"properties":{"id":{"type":"string"},"isActive":{"type":"boolean","default":true},"isVirtual":{"type":"boolean"},"userName":{"type":"string","minLength":1},"name":{"type":"string"},"featureName":{"type":["string","null"]},"rights":{"type":"array","items":{"type":"string"}},"devices":{"type":"array","items":{"$ref":"urn:portos-sessions:response#/$defs/UserDevice"}},"password":{"type":"string","writeOnly":true},"_v":{"type":"integer","minimum":1,"default":1}}};
const schema47 = {"type":"object","additionalProperties":false,"required":["name","envName"],"properties":{"isActive":{"type":"boolean"},"envName":{"$ref":"urn:portos-sessions:response#/$defs/EnvName"},"name":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}},"description":{"type":["string","null"]},"preferences":{"type":"object"}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
validate96.errors = vErrors;
return errors === 0;
}


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(!(func7.call(schema46.properties, key0))){
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
vErrors = pushError(vErrors, {instancePath:instancePath+"/featureName",keyword:"type",params:{type: schema46.properties.featureName.type},message:"must be string,null"});
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
if(!(validate96(data8[i1], {instancePath:instancePath+"/devices/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
vErrors = pushError(vErrors, {instancePath:instancePath+"/devices",keyword:"type",params:{type: "array"},message:"must be array"});
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/password",keyword:"type",params:{type: "string"},message:"must be string"});
errors++;
}
}
if(data._v !== undefined){
let data11 = data._v;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
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
validate95.errors = vErrors;
return errors === 0;
}

const v25 = validate111;
const schema54 = {"type":"object","additionalProperties":false,"required":["id","clientId","isActive","createdAt","name","description","userName","deviceName","permissions","_v"],"properties":{"id":{"type":"string"},"clientId":{"type":"string"},"clientSecret":{"type":"string","writeOnly":true},"isActive":{"type":"boolean"},"createdAt":{"type":"string","format":"date-time"},"name":{"type":"string"},"description":{"type":["string","null"]},"userName":{"type":"string"},"deviceName":{"type":"string"},"permissions":{"type":"array","items":{"type":"string"}},"_v":{"type":"integer","minimum":1}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(!(func7.call(schema54.properties, key0))){
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
if(data.clientSecret !== undefined){
if(typeof data.clientSecret !== "string"){
vErrors = pushError(vErrors, {instancePath:instancePath+"/clientSecret",keyword:"type",params:{type: "string"},message:"must be string"});
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
let data4 = data.createdAt;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
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
let data6 = data.description;
if((typeof data6 !== "string") && (data6 !== null)){
vErrors = pushError(vErrors, {instancePath:instancePath+"/description",keyword:"type",params:{type: schema54.properties.description.type},message:"must be string,null"});
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
let data9 = data.permissions;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
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
let data11 = data._v;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
vErrors = pushError(vErrors, {instancePath:instancePath+"/_v",keyword:"type",params:{type: "integer"},message:"must be integer"});
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
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
validate111.errors = vErrors;
return errors === 0;
}


/** The validators by key; each sets `.errors` (ajv's error objects, without `schemaPath`) when it returns false. */
export const validators = {
  "request Session": v3,
  "request Device": v16,
  "request User": v19,
  "request ApiKey": v25,
  "request body login": v11,
  "request body refreshSession": v17,
  "request body createDevice": v16,
  "request body putDevice": v16,
};

/** What the other validators module shares of this one's code. */
export { formats0, func1, func7, schema47, v3, v11, v16, v17, v19, v25, validate54, validate55, validate56, validate91, validate95, validate111 };
