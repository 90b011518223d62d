// @ts-nocheck
// Generated from schema.ts by validator-source.ts (LAWFUL_UPDATE_SCHEMA=1 and the schema test). Do not edit by hand.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate0;
export default validate0;
const schema0 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://unpkg.com/@lawful/core/schema/lawful.schema.json","title":"lawful config","description":"Declares the personal-data processing of a codebase (GDPR Art. 30) so lawful can check every flow. See docs/config.md.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string","description":"JSON Schema of this file, for editor completion."},"version":{"const":1,"description":"Config format version. Always 1.","x-expected":"1"},"controller":{"type":"object","description":"The controller: who decides why and how personal data is processed (GDPR Art. 30(1)(a)).","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"description":"Legal name of the controller, e.g. \"Example GmbH\"."},"contact":{"type":"string","minLength":1,"description":"How to reach the controller about privacy, e.g. privacy@example.com."},"dpo":{"type":"string","minLength":1,"description":"Contact of the data protection officer, if one is appointed."},"representative":{"type":"string","minLength":1,"description":"EU representative (Art. 27) for controllers outside the EU."},"address":{"type":"string","minLength":1,"description":"Postal address of the controller."}}},"taxonomy":{"type":"object","description":"Changes to the built-in data-category taxonomy.","additionalProperties":false,"properties":{"extend":{"type":"array","items":{"type":"object","description":"A data category the built-in taxonomy does not have.","additionalProperties":false,"required":["key","parent","name"],"properties":{"key":{"type":"string","pattern":"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$","description":"The new key; must be a child of `parent` (`user.unique_id.loyalty_number`).","x-expected":"a category key such as user.contact.email, or an alias such as email"},"parent":{"type":"string","pattern":"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$","description":"An existing category (or alias) this one refines.","x-expected":"a category key such as user.contact.email, or an alias such as email"},"name":{"type":"string","minLength":1,"description":"Human-readable name, e.g. \"Loyalty card number\"."},"description":{"type":"string","minLength":1,"description":"What this data is."},"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Identifier names that suggest this category (name heuristics), e.g. [loyaltyNo]."},"special":{"type":"boolean","description":"True for GDPR Art. 9 special-category data (health, biometric, ...). Inherited from the parent when omitted."}}},"description":"Categories to add."}}},"stores":{"type":"object","description":"Where data is kept, by name. Activities refer to these names.","propertyNames":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","description":"Name of a store.","x-expected":"a name of letters, digits, \"_\", \"-\" or \".\" starting with a letter (a store)"},"additionalProperties":{"type":"object","description":"A place where personal data is kept: a database, a log, a cache, cookies, files, ...","additionalProperties":false,"required":["kind","sinks"],"properties":{"kind":{"type":"string","enum":["log","database","cache","file","cookie","browser-storage","object-storage"],"description":"What sort of store this is."},"sinks":{"type":"array","items":{"type":"string","minLength":1},"description":"Sink ids (globs) that write to this store: `log/*`, `db/prisma/User`, `db/**`. `*` matches one segment, `**` any depth."},"location":{"type":"string","enum":["AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR","CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR","GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU","ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ","MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF","PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI","SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","YE","YT","ZA","ZM","ZW","EU","EEA"],"description":"Where the data is kept: ISO country code, or EU / EEA.","x-expected":"an ISO 3166-1 alpha-2 country code (such as DE, FR, IE, US) or EU / EEA"},"security":{"type":"array","items":{"type":"string","minLength":1},"description":"Security measures (Art. 32), e.g. [encrypted-at-rest, access-restricted]."},"description":{"type":"string","minLength":1,"description":"What this store holds, in words."}}}},"recipients":{"type":"object","description":"Who data is shared with, by name. Activities refer to these names.","propertyNames":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","description":"Name of a recipient.","x-expected":"a name of letters, digits, \"_\", \"-\" or \".\" starting with a letter (a recipient)"},"additionalProperties":{"type":"object","description":"Someone personal data is disclosed to: a processor (SaaS vendor), another controller, an authority.","additionalProperties":false,"required":["name","role"],"properties":{"name":{"type":"string","minLength":1,"description":"Name of the recipient, e.g. \"Stripe\"."},"role":{"type":"string","enum":["controller","joint-controller","processor","sub-processor","third-party","authority"],"description":"The recipient's GDPR role towards this data."},"country":{"type":"string","enum":["AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR","CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR","GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU","ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ","MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF","PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI","SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","YE","YT","ZA","ZM","ZW","EU","EEA"],"description":"Country of processing: ISO 3166-1 alpha-2, or EU / EEA.","x-expected":"an ISO 3166-1 alpha-2 country code (such as DE, FR, IE, US) or EU / EEA"},"transfer":{"type":"string","enum":["adequacy","dpf","scc","bcr","derogation"],"description":"Safeguard for a transfer outside the EEA (Art. 44-49): adequacy, dpf (EU-US Data Privacy Framework), scc, bcr, derogation."},"sdks":{"type":"array","items":{"type":"string","minLength":1},"description":"npm packages of the recipient's SDKs, e.g. [\"@segment/analytics-node\"]."},"hosts":{"type":"array","items":{"type":"string","minLength":1},"description":"API hostnames (globs allowed: `*.example.com`)."},"sinks":{"type":"array","items":{"type":"string","minLength":1},"description":"Sink ids (globs) from the catalog that belong to this recipient, e.g. [sdk/segment]."},"purpose":{"type":"string","minLength":1,"description":"What the recipient does with the data."}}}},"activities":{"type":"array","items":{"type":"object","description":"One processing activity: one row of the Art. 30 record (one purpose, one legal basis).","additionalProperties":false,"required":["id","categories"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","description":"Name of the activity, used by `@activity <id>` in code.","x-expected":"a name of letters, digits, \"_\", \"-\" or \".\" starting with a letter (the activity, used by `@activity <id>` in code)"},"purpose":{"type":"string","minLength":1,"description":"Why the data is processed, in words a data subject understands."},"description":{"type":"string","minLength":1,"description":"Longer notes about the activity."},"legal_basis":{"type":"string","enum":["consent","contract","legal_obligation","vital_interests","public_task","legitimate_interests"],"description":"GDPR Art. 6(1) legal basis."},"legitimate_interest":{"type":"string","minLength":1,"description":"The interest pursued, required with legal_basis: legitimate_interests."},"special_category_condition":{"type":"string","enum":["explicit_consent","employment","vital_interests","nonprofit","made_public","legal_claims","substantial_public_interest","health_care","public_health","archiving_research"],"description":"GDPR Art. 9(2) condition, required when the activity handles special-category data."},"subjects":{"type":"array","items":{"type":"string","minLength":1},"description":"Categories of data subjects, e.g. [customer, visitor, employee]."},"categories":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$","description":"A data category key of the taxonomy (`user.contact.email`) or a short alias (`email`).","x-expected":"a category key such as user.contact.email, or an alias such as email"},"description":"Data categories (taxonomy keys or aliases). A parent covers its children."},"stores":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","description":"Name of a store.","x-expected":"a name of letters, digits, \"_\", \"-\" or \".\" starting with a letter (a store)"},"description":"Names of `stores` this activity keeps data in."},"recipients":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","description":"Name of a recipient.","x-expected":"a name of letters, digits, \"_\", \"-\" or \".\" starting with a letter (a recipient)"},"description":"Names of `recipients` this activity shares data with."},"retention":{"type":"object","description":"How long data is kept: `{ keep: P14D }`, `{ keep: P6M, after: account_closed }` or `{ until: consent_withdrawn }`.","additionalProperties":false,"properties":{"keep":{"type":"string","pattern":"^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$","description":"ISO-8601 duration: P14D (14 days), P6M (6 months), P1Y (1 year), PT12H (12 hours).","x-expected":"an ISO-8601 duration such as P14D, P6M, P1Y or PT12H"},"after":{"type":"string","minLength":1,"description":"The event the `keep` period starts from, e.g. account_closed. Default: when the data is collected."},"until":{"type":"string","minLength":1,"description":"A condition that ends keeping, e.g. consent_withdrawn, account_deleted."}},"oneOf":[{"required":["keep"]},{"required":["until"]}],"dependencies":{"after":["keep"]},"x-expected":"either keep (an ISO-8601 duration such as P14D) or until (a condition such as consent_withdrawn)"},"consent":{"type":"object","description":"For consent-based activities: the check that must guard every flow of this activity.","additionalProperties":false,"required":["guard"],"properties":{"guard":{"type":"string","minLength":1,"description":"Function name or `module#export` whose truthy result means consent was given."}}},"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs, relative to the config file's folder: flows in these files must fit this activity."}}},"description":"The processing activities."},"detect":{"type":"object","description":"How lawful finds personal data in code.","additionalProperties":false,"properties":{"heuristics":{"type":"boolean","description":"Guess categories from identifier names (email, ipAddress, ...). Default true."},"names":{"type":"object","description":"Extra identifier names per category: `{ user.contact.email: [mailAddr] }`.","propertyNames":{"type":"string","pattern":"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$","description":"A data category key of the taxonomy (`user.contact.email`) or a short alias (`email`).","x-expected":"a category key such as user.contact.email, or an alias such as email"},"additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"description":"Identifier names."}},"ignoreNames":{"type":"array","items":{"type":"string","minLength":1},"description":"Identifier names that are never personal data."}}},"sanitizers":{"type":"array","items":{"type":"string","minLength":1},"description":"Functions whose result carries no personal data: a name (`redact`) or `module#export`."},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of files not to scan, relative to the config file's folder."},"rules":{"type":"object","description":"Severity per finding id: error, warning or off.","additionalProperties":false,"properties":{"undeclared-sharing":{"type":"string","enum":["error","warning","off"],"description":"Severity of undeclared-sharing."},"undeclared-storage":{"type":"string","enum":["error","warning","off"],"description":"Severity of undeclared-storage."},"undeclared-logging":{"type":"string","enum":["error","warning","off"],"description":"Severity of undeclared-logging."},"missing-retention":{"type":"string","enum":["error","warning","off"],"description":"Severity of missing-retention."},"missing-legal-basis":{"type":"string","enum":["error","warning","off"],"description":"Severity of missing-legal-basis."},"consent-not-checked":{"type":"string","enum":["error","warning","off"],"description":"Severity of consent-not-checked."},"unsafe-transfer":{"type":"string","enum":["error","warning","off"],"description":"Severity of unsafe-transfer."},"purpose-mismatch":{"type":"string","enum":["error","warning","off"],"description":"Severity of purpose-mismatch."},"stale-declaration":{"type":"string","enum":["error","warning","off"],"description":"Severity of stale-declaration."},"unknown-category":{"type":"string","enum":["error","warning","off"],"description":"Severity of unknown-category."}}}}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = require("ajv/dist/runtime/ucs2length").default;
const func10 = require("ajv/dist/runtime/equal").default;
const pattern0 = new RegExp("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$", "u");
const pattern2 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
const pattern8 = new RegExp("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://unpkg.com/@lawful/core/schema/lawful.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.$schema.type,parentSchema:schema0.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema0.properties.version,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.controller !== undefined){
let data2 = data.controller;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.controller.required,parentSchema:schema0.properties.controller,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "name") || (key1 === "contact")) || (key1 === "dpo")) || (key1 === "representative")) || (key1 === "address"))){
const err5 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.controller,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/controller/name",schemaPath:"#/properties/controller/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.controller.properties.name,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/controller/name",schemaPath:"#/properties/controller/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.controller.properties.name.type,parentSchema:schema0.properties.controller.properties.name,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.contact !== undefined){
let data4 = data2.contact;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err8 = {instancePath:instancePath+"/controller/contact",schemaPath:"#/properties/controller/properties/contact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.controller.properties.contact,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/controller/contact",schemaPath:"#/properties/controller/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.controller.properties.contact.type,parentSchema:schema0.properties.controller.properties.contact,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.dpo !== undefined){
let data5 = data2.dpo;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err10 = {instancePath:instancePath+"/controller/dpo",schemaPath:"#/properties/controller/properties/dpo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.controller.properties.dpo,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/controller/dpo",schemaPath:"#/properties/controller/properties/dpo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.controller.properties.dpo.type,parentSchema:schema0.properties.controller.properties.dpo,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.representative !== undefined){
let data6 = data2.representative;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err12 = {instancePath:instancePath+"/controller/representative",schemaPath:"#/properties/controller/properties/representative/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.controller.properties.representative,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/controller/representative",schemaPath:"#/properties/controller/properties/representative/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.controller.properties.representative.type,parentSchema:schema0.properties.controller.properties.representative,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.address !== undefined){
let data7 = data2.address;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err14 = {instancePath:instancePath+"/controller/address",schemaPath:"#/properties/controller/properties/address/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.controller.properties.address,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/controller/address",schemaPath:"#/properties/controller/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.controller.properties.address.type,parentSchema:schema0.properties.controller.properties.address,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.controller.type,parentSchema:schema0.properties.controller,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.taxonomy !== undefined){
let data8 = data.taxonomy;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!(key2 === "extend")){
const err17 = {instancePath:instancePath+"/taxonomy",schemaPath:"#/properties/taxonomy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.taxonomy,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.extend !== undefined){
let data9 = data8.extend;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.key === undefined){
const err18 = {instancePath:instancePath+"/taxonomy/extend/" + i0,schemaPath:"#/properties/taxonomy/properties/extend/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema0.properties.taxonomy.properties.extend.items.required,parentSchema:schema0.properties.taxonomy.properties.extend.items,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data10.parent === undefined){
const err19 = {instancePath:instancePath+"/taxonomy/extend/" + i0,schemaPath:"#/properties/taxonomy/properties/extend/items/required",keyword:"required",params:{missingProperty: "parent"},message:"must have required property '"+"parent"+"'",schema:schema0.properties.taxonomy.properties.extend.items.required,parentSchema:schema0.properties.taxonomy.properties.extend.items,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10.name === undefined){
const err20 = {instancePath:instancePath+"/taxonomy/extend/" + i0,schemaPath:"#/properties/taxonomy/properties/extend/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.taxonomy.properties.extend.items.required,parentSchema:schema0.properties.taxonomy.properties.extend.items,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key3 in data10){
if(!((((((key3 === "key") || (key3 === "parent")) || (key3 === "name")) || (key3 === "description")) || (key3 === "names")) || (key3 === "special"))){
const err21 = {instancePath:instancePath+"/taxonomy/extend/" + i0,schemaPath:"#/properties/taxonomy/properties/extend/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.taxonomy.properties.extend.items,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.key !== undefined){
let data11 = data10.key;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err22 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/key",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$",parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.key,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/key",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.taxonomy.properties.extend.items.properties.key.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.key,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.parent !== undefined){
let data12 = data10.parent;
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err24 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/parent",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/parent/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$",parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.parent,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/parent",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.taxonomy.properties.extend.items.properties.parent.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.parent,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.name !== undefined){
let data13 = data10.name;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err26 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/name",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/name",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.taxonomy.properties.extend.items.properties.name.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.description !== undefined){
let data14 = data10.description;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err28 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/description",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.description,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/description",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.taxonomy.properties.extend.items.properties.description.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.description,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.names !== undefined){
let data15 = data10.names;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err30 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/names/" + i1,schemaPath:"#/properties/taxonomy/properties/extend/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.names.items,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/names/" + i1,schemaPath:"#/properties/taxonomy/properties/extend/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.taxonomy.properties.extend.items.properties.names.items.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.names.items,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/names",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.taxonomy.properties.extend.items.properties.names.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.names,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.special !== undefined){
let data17 = data10.special;
if(typeof data17 !== "boolean"){
const err33 = {instancePath:instancePath+"/taxonomy/extend/" + i0+"/special",schemaPath:"#/properties/taxonomy/properties/extend/items/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.taxonomy.properties.extend.items.properties.special.type,parentSchema:schema0.properties.taxonomy.properties.extend.items.properties.special,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/taxonomy/extend/" + i0,schemaPath:"#/properties/taxonomy/properties/extend/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.taxonomy.properties.extend.items.type,parentSchema:schema0.properties.taxonomy.properties.extend.items,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/taxonomy/extend",schemaPath:"#/properties/taxonomy/properties/extend/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.taxonomy.properties.extend.type,parentSchema:schema0.properties.taxonomy.properties.extend,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/taxonomy",schemaPath:"#/properties/taxonomy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.taxonomy.type,parentSchema:schema0.properties.taxonomy,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.stores !== undefined){
let data18 = data.stores;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key4 in data18){
const _errs45 = errors;
if(typeof key4 === "string"){
if(!pattern2.test(key4)){
const err37 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema0.properties.stores.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.stores.propertyNames.type,parentSchema:schema0.properties.stores.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid8 = _errs45 === errors;
if(!valid8){
const err39 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema0.properties.stores.propertyNames,parentSchema:schema0.properties.stores,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
for(const key5 in data18){
let data19 = data18[key5];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.kind === undefined){
const err40 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stores/additionalProperties/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema0.properties.stores.additionalProperties.required,parentSchema:schema0.properties.stores.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data19.sinks === undefined){
const err41 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stores/additionalProperties/required",keyword:"required",params:{missingProperty: "sinks"},message:"must have required property '"+"sinks"+"'",schema:schema0.properties.stores.additionalProperties.required,parentSchema:schema0.properties.stores.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key6 in data19){
if(!(((((key6 === "kind") || (key6 === "sinks")) || (key6 === "location")) || (key6 === "security")) || (key6 === "description"))){
const err42 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stores/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.stores.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data19.kind !== undefined){
let data20 = data19.kind;
if(typeof data20 !== "string"){
const err43 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/kind",schemaPath:"#/properties/stores/additionalProperties/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.stores.additionalProperties.properties.kind.type,parentSchema:schema0.properties.stores.additionalProperties.properties.kind,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(((((((data20 === "log") || (data20 === "database")) || (data20 === "cache")) || (data20 === "file")) || (data20 === "cookie")) || (data20 === "browser-storage")) || (data20 === "object-storage"))){
const err44 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/kind",schemaPath:"#/properties/stores/additionalProperties/properties/kind/enum",keyword:"enum",params:{allowedValues: schema0.properties.stores.additionalProperties.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.stores.additionalProperties.properties.kind.enum,parentSchema:schema0.properties.stores.additionalProperties.properties.kind,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data19.sinks !== undefined){
let data21 = data19.sinks;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err45 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/sinks/" + i2,schemaPath:"#/properties/stores/additionalProperties/properties/sinks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.stores.additionalProperties.properties.sinks.items,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/sinks/" + i2,schemaPath:"#/properties/stores/additionalProperties/properties/sinks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.stores.additionalProperties.properties.sinks.items.type,parentSchema:schema0.properties.stores.additionalProperties.properties.sinks.items,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/sinks",schemaPath:"#/properties/stores/additionalProperties/properties/sinks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.stores.additionalProperties.properties.sinks.type,parentSchema:schema0.properties.stores.additionalProperties.properties.sinks,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.location !== undefined){
let data23 = data19.location;
if(typeof data23 !== "string"){
const err48 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/properties/stores/additionalProperties/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.stores.additionalProperties.properties.location.type,parentSchema:schema0.properties.stores.additionalProperties.properties.location,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
let valid13;
valid13 = false;
for(const v0 of schema0.properties.stores.additionalProperties.properties.location.enum){
if(func10(data23, v0)){
valid13 = true;
break;
}
}
if(!valid13){
const err49 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/properties/stores/additionalProperties/properties/location/enum",keyword:"enum",params:{allowedValues: schema0.properties.stores.additionalProperties.properties.location.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.stores.additionalProperties.properties.location.enum,parentSchema:schema0.properties.stores.additionalProperties.properties.location,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.security !== undefined){
let data24 = data19.security;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(typeof data25 === "string"){
if(func1(data25) < 1){
const err50 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/security/" + i3,schemaPath:"#/properties/stores/additionalProperties/properties/security/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.stores.additionalProperties.properties.security.items,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/security/" + i3,schemaPath:"#/properties/stores/additionalProperties/properties/security/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.stores.additionalProperties.properties.security.items.type,parentSchema:schema0.properties.stores.additionalProperties.properties.security.items,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/security",schemaPath:"#/properties/stores/additionalProperties/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.stores.additionalProperties.properties.security.type,parentSchema:schema0.properties.stores.additionalProperties.properties.security,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data19.description !== undefined){
let data26 = data19.description;
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err53 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/stores/additionalProperties/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.stores.additionalProperties.properties.description,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/stores/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.stores.additionalProperties.properties.description.type,parentSchema:schema0.properties.stores.additionalProperties.properties.description,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/stores/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/stores/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.stores.additionalProperties.type,parentSchema:schema0.properties.stores.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.stores.type,parentSchema:schema0.properties.stores,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.recipients !== undefined){
let data27 = data.recipients;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key7 in data27){
const _errs69 = errors;
if(typeof key7 === "string"){
if(!pattern2.test(key7)){
const err57 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema0.properties.recipients.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.propertyNames.type,parentSchema:schema0.properties.recipients.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid16 = _errs69 === errors;
if(!valid16){
const err59 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema0.properties.recipients.propertyNames,parentSchema:schema0.properties.recipients,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
for(const key8 in data27){
let data28 = data27[key8];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err60 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/recipients/additionalProperties/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.recipients.additionalProperties.required,parentSchema:schema0.properties.recipients.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data28.role === undefined){
const err61 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/recipients/additionalProperties/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema0.properties.recipients.additionalProperties.required,parentSchema:schema0.properties.recipients.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key9 in data28){
if(!((((((((key9 === "name") || (key9 === "role")) || (key9 === "country")) || (key9 === "transfer")) || (key9 === "sdks")) || (key9 === "hosts")) || (key9 === "sinks")) || (key9 === "purpose"))){
const err62 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/recipients/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.recipients.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data28.name !== undefined){
let data29 = data28.name;
if(typeof data29 === "string"){
if(func1(data29) < 1){
const err63 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/recipients/additionalProperties/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.recipients.additionalProperties.properties.name,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/recipients/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.name.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.name,data:data29};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data28.role !== undefined){
let data30 = data28.role;
if(typeof data30 !== "string"){
const err65 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/role",schemaPath:"#/properties/recipients/additionalProperties/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.role.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.role,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!((((((data30 === "controller") || (data30 === "joint-controller")) || (data30 === "processor")) || (data30 === "sub-processor")) || (data30 === "third-party")) || (data30 === "authority"))){
const err66 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/role",schemaPath:"#/properties/recipients/additionalProperties/properties/role/enum",keyword:"enum",params:{allowedValues: schema0.properties.recipients.additionalProperties.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.recipients.additionalProperties.properties.role.enum,parentSchema:schema0.properties.recipients.additionalProperties.properties.role,data:data30};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data28.country !== undefined){
let data31 = data28.country;
if(typeof data31 !== "string"){
const err67 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/country",schemaPath:"#/properties/recipients/additionalProperties/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.country.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.country,data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
let valid19;
valid19 = false;
for(const v1 of schema0.properties.recipients.additionalProperties.properties.country.enum){
if(func10(data31, v1)){
valid19 = true;
break;
}
}
if(!valid19){
const err68 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/country",schemaPath:"#/properties/recipients/additionalProperties/properties/country/enum",keyword:"enum",params:{allowedValues: schema0.properties.recipients.additionalProperties.properties.country.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.recipients.additionalProperties.properties.country.enum,parentSchema:schema0.properties.recipients.additionalProperties.properties.country,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data28.transfer !== undefined){
let data32 = data28.transfer;
if(typeof data32 !== "string"){
const err69 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/transfer",schemaPath:"#/properties/recipients/additionalProperties/properties/transfer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.transfer.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.transfer,data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!(((((data32 === "adequacy") || (data32 === "dpf")) || (data32 === "scc")) || (data32 === "bcr")) || (data32 === "derogation"))){
const err70 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/transfer",schemaPath:"#/properties/recipients/additionalProperties/properties/transfer/enum",keyword:"enum",params:{allowedValues: schema0.properties.recipients.additionalProperties.properties.transfer.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.recipients.additionalProperties.properties.transfer.enum,parentSchema:schema0.properties.recipients.additionalProperties.properties.transfer,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data28.sdks !== undefined){
let data33 = data28.sdks;
if(Array.isArray(data33)){
const len4 = data33.length;
for(let i4=0; i4<len4; i4++){
let data34 = data33[i4];
if(typeof data34 === "string"){
if(func1(data34) < 1){
const err71 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sdks/" + i4,schemaPath:"#/properties/recipients/additionalProperties/properties/sdks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.recipients.additionalProperties.properties.sdks.items,data:data34};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sdks/" + i4,schemaPath:"#/properties/recipients/additionalProperties/properties/sdks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.sdks.items.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.sdks.items,data:data34};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sdks",schemaPath:"#/properties/recipients/additionalProperties/properties/sdks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.recipients.additionalProperties.properties.sdks.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.sdks,data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data28.hosts !== undefined){
let data35 = data28.hosts;
if(Array.isArray(data35)){
const len5 = data35.length;
for(let i5=0; i5<len5; i5++){
let data36 = data35[i5];
if(typeof data36 === "string"){
if(func1(data36) < 1){
const err74 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/hosts/" + i5,schemaPath:"#/properties/recipients/additionalProperties/properties/hosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.recipients.additionalProperties.properties.hosts.items,data:data36};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/hosts/" + i5,schemaPath:"#/properties/recipients/additionalProperties/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.hosts.items.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.hosts.items,data:data36};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/hosts",schemaPath:"#/properties/recipients/additionalProperties/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.recipients.additionalProperties.properties.hosts.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.hosts,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data28.sinks !== undefined){
let data37 = data28.sinks;
if(Array.isArray(data37)){
const len6 = data37.length;
for(let i6=0; i6<len6; i6++){
let data38 = data37[i6];
if(typeof data38 === "string"){
if(func1(data38) < 1){
const err77 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sinks/" + i6,schemaPath:"#/properties/recipients/additionalProperties/properties/sinks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.recipients.additionalProperties.properties.sinks.items,data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sinks/" + i6,schemaPath:"#/properties/recipients/additionalProperties/properties/sinks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.sinks.items.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.sinks.items,data:data38};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/sinks",schemaPath:"#/properties/recipients/additionalProperties/properties/sinks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.recipients.additionalProperties.properties.sinks.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.sinks,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data28.purpose !== undefined){
let data39 = data28.purpose;
if(typeof data39 === "string"){
if(func1(data39) < 1){
const err80 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/purpose",schemaPath:"#/properties/recipients/additionalProperties/properties/purpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.recipients.additionalProperties.properties.purpose,data:data39};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/purpose",schemaPath:"#/properties/recipients/additionalProperties/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.recipients.additionalProperties.properties.purpose.type,parentSchema:schema0.properties.recipients.additionalProperties.properties.purpose,data:data39};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/recipients/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/recipients/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.recipients.additionalProperties.type,parentSchema:schema0.properties.recipients.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.recipients.type,parentSchema:schema0.properties.recipients,data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.activities !== undefined){
let data40 = data.activities;
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i7=0; i7<len7; i7++){
let data41 = data40[i7];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.id === undefined){
const err84 = {instancePath:instancePath+"/activities/" + i7,schemaPath:"#/properties/activities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema0.properties.activities.items.required,parentSchema:schema0.properties.activities.items,data:data41};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data41.categories === undefined){
const err85 = {instancePath:instancePath+"/activities/" + i7,schemaPath:"#/properties/activities/items/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema0.properties.activities.items.required,parentSchema:schema0.properties.activities.items,data:data41};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key10 in data41){
if(!(func0.call(schema0.properties.activities.items.properties, key10))){
const err86 = {instancePath:instancePath+"/activities/" + i7,schemaPath:"#/properties/activities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.activities.items,data:data41};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data41.id !== undefined){
let data42 = data41.id;
if(typeof data42 === "string"){
if(!pattern2.test(data42)){
const err87 = {instancePath:instancePath+"/activities/" + i7+"/id",schemaPath:"#/properties/activities/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema0.properties.activities.items.properties.id,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/activities/" + i7+"/id",schemaPath:"#/properties/activities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.id.type,parentSchema:schema0.properties.activities.items.properties.id,data:data42};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data41.purpose !== undefined){
let data43 = data41.purpose;
if(typeof data43 === "string"){
if(func1(data43) < 1){
const err89 = {instancePath:instancePath+"/activities/" + i7+"/purpose",schemaPath:"#/properties/activities/items/properties/purpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.purpose,data:data43};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/activities/" + i7+"/purpose",schemaPath:"#/properties/activities/items/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.purpose.type,parentSchema:schema0.properties.activities.items.properties.purpose,data:data43};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data41.description !== undefined){
let data44 = data41.description;
if(typeof data44 === "string"){
if(func1(data44) < 1){
const err91 = {instancePath:instancePath+"/activities/" + i7+"/description",schemaPath:"#/properties/activities/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.description,data:data44};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/activities/" + i7+"/description",schemaPath:"#/properties/activities/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.description.type,parentSchema:schema0.properties.activities.items.properties.description,data:data44};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data41.legal_basis !== undefined){
let data45 = data41.legal_basis;
if(typeof data45 !== "string"){
const err93 = {instancePath:instancePath+"/activities/" + i7+"/legal_basis",schemaPath:"#/properties/activities/items/properties/legal_basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.legal_basis.type,parentSchema:schema0.properties.activities.items.properties.legal_basis,data:data45};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!((((((data45 === "consent") || (data45 === "contract")) || (data45 === "legal_obligation")) || (data45 === "vital_interests")) || (data45 === "public_task")) || (data45 === "legitimate_interests"))){
const err94 = {instancePath:instancePath+"/activities/" + i7+"/legal_basis",schemaPath:"#/properties/activities/items/properties/legal_basis/enum",keyword:"enum",params:{allowedValues: schema0.properties.activities.items.properties.legal_basis.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.activities.items.properties.legal_basis.enum,parentSchema:schema0.properties.activities.items.properties.legal_basis,data:data45};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data41.legitimate_interest !== undefined){
let data46 = data41.legitimate_interest;
if(typeof data46 === "string"){
if(func1(data46) < 1){
const err95 = {instancePath:instancePath+"/activities/" + i7+"/legitimate_interest",schemaPath:"#/properties/activities/items/properties/legitimate_interest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.legitimate_interest,data:data46};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/activities/" + i7+"/legitimate_interest",schemaPath:"#/properties/activities/items/properties/legitimate_interest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.legitimate_interest.type,parentSchema:schema0.properties.activities.items.properties.legitimate_interest,data:data46};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data41.special_category_condition !== undefined){
let data47 = data41.special_category_condition;
if(typeof data47 !== "string"){
const err97 = {instancePath:instancePath+"/activities/" + i7+"/special_category_condition",schemaPath:"#/properties/activities/items/properties/special_category_condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.special_category_condition.type,parentSchema:schema0.properties.activities.items.properties.special_category_condition,data:data47};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!((((((((((data47 === "explicit_consent") || (data47 === "employment")) || (data47 === "vital_interests")) || (data47 === "nonprofit")) || (data47 === "made_public")) || (data47 === "legal_claims")) || (data47 === "substantial_public_interest")) || (data47 === "health_care")) || (data47 === "public_health")) || (data47 === "archiving_research"))){
const err98 = {instancePath:instancePath+"/activities/" + i7+"/special_category_condition",schemaPath:"#/properties/activities/items/properties/special_category_condition/enum",keyword:"enum",params:{allowedValues: schema0.properties.activities.items.properties.special_category_condition.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.activities.items.properties.special_category_condition.enum,parentSchema:schema0.properties.activities.items.properties.special_category_condition,data:data47};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data41.subjects !== undefined){
let data48 = data41.subjects;
if(Array.isArray(data48)){
const len8 = data48.length;
for(let i8=0; i8<len8; i8++){
let data49 = data48[i8];
if(typeof data49 === "string"){
if(func1(data49) < 1){
const err99 = {instancePath:instancePath+"/activities/" + i7+"/subjects/" + i8,schemaPath:"#/properties/activities/items/properties/subjects/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.subjects.items,data:data49};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/activities/" + i7+"/subjects/" + i8,schemaPath:"#/properties/activities/items/properties/subjects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.subjects.items.type,parentSchema:schema0.properties.activities.items.properties.subjects.items,data:data49};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/activities/" + i7+"/subjects",schemaPath:"#/properties/activities/items/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.activities.items.properties.subjects.type,parentSchema:schema0.properties.activities.items.properties.subjects,data:data48};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data41.categories !== undefined){
let data50 = data41.categories;
if(Array.isArray(data50)){
const len9 = data50.length;
for(let i9=0; i9<len9; i9++){
let data51 = data50[i9];
if(typeof data51 === "string"){
if(!pattern0.test(data51)){
const err102 = {instancePath:instancePath+"/activities/" + i7+"/categories/" + i9,schemaPath:"#/properties/activities/items/properties/categories/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$",parentSchema:schema0.properties.activities.items.properties.categories.items,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/activities/" + i7+"/categories/" + i9,schemaPath:"#/properties/activities/items/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.categories.items.type,parentSchema:schema0.properties.activities.items.properties.categories.items,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/activities/" + i7+"/categories",schemaPath:"#/properties/activities/items/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.activities.items.properties.categories.type,parentSchema:schema0.properties.activities.items.properties.categories,data:data50};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data41.stores !== undefined){
let data52 = data41.stores;
if(Array.isArray(data52)){
const len10 = data52.length;
for(let i10=0; i10<len10; i10++){
let data53 = data52[i10];
if(typeof data53 === "string"){
if(!pattern2.test(data53)){
const err105 = {instancePath:instancePath+"/activities/" + i7+"/stores/" + i10,schemaPath:"#/properties/activities/items/properties/stores/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema0.properties.activities.items.properties.stores.items,data:data53};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/activities/" + i7+"/stores/" + i10,schemaPath:"#/properties/activities/items/properties/stores/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.stores.items.type,parentSchema:schema0.properties.activities.items.properties.stores.items,data:data53};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/activities/" + i7+"/stores",schemaPath:"#/properties/activities/items/properties/stores/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.activities.items.properties.stores.type,parentSchema:schema0.properties.activities.items.properties.stores,data:data52};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data41.recipients !== undefined){
let data54 = data41.recipients;
if(Array.isArray(data54)){
const len11 = data54.length;
for(let i11=0; i11<len11; i11++){
let data55 = data54[i11];
if(typeof data55 === "string"){
if(!pattern2.test(data55)){
const err108 = {instancePath:instancePath+"/activities/" + i7+"/recipients/" + i11,schemaPath:"#/properties/activities/items/properties/recipients/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema0.properties.activities.items.properties.recipients.items,data:data55};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/activities/" + i7+"/recipients/" + i11,schemaPath:"#/properties/activities/items/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.recipients.items.type,parentSchema:schema0.properties.activities.items.properties.recipients.items,data:data55};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/activities/" + i7+"/recipients",schemaPath:"#/properties/activities/items/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.activities.items.properties.recipients.type,parentSchema:schema0.properties.activities.items.properties.recipients,data:data54};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data41.retention !== undefined){
let data56 = data41.retention;
const _errs138 = errors;
let valid37 = false;
let passing0 = null;
const _errs139 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.keep === undefined){
const err111 = {instancePath:instancePath+"/activities/" + i7+"/retention",schemaPath:"#/properties/activities/items/properties/retention/oneOf/0/required",keyword:"required",params:{missingProperty: "keep"},message:"must have required property '"+"keep"+"'",schema:schema0.properties.activities.items.properties.retention.oneOf[0].required,parentSchema:schema0.properties.activities.items.properties.retention.oneOf[0],data:data56};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
var _valid0 = _errs139 === errors;
if(_valid0){
valid37 = true;
passing0 = 0;
}
const _errs140 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.until === undefined){
const err112 = {instancePath:instancePath+"/activities/" + i7+"/retention",schemaPath:"#/properties/activities/items/properties/retention/oneOf/1/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema0.properties.activities.items.properties.retention.oneOf[1].required,parentSchema:schema0.properties.activities.items.properties.retention.oneOf[1],data:data56};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
var _valid0 = _errs140 === errors;
if(_valid0 && valid37){
valid37 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid37 = true;
passing0 = 1;
}
}
if(!valid37){
const err113 = {instancePath:instancePath+"/activities/" + i7+"/retention",schemaPath:"#/properties/activities/items/properties/retention/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema0.properties.activities.items.properties.retention.oneOf,parentSchema:schema0.properties.activities.items.properties.retention,data:data56};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
}
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key11 in data56){
if(!(((key11 === "keep") || (key11 === "after")) || (key11 === "until"))){
const err114 = {instancePath:instancePath+"/activities/" + i7+"/retention",schemaPath:"#/properties/activities/items/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.activities.items.properties.retention,data:data56};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data56.after !== undefined){
if(data56.keep === undefined){
const err115 = {instancePath:instancePath+"/activities/" + i7+"/retention",schemaPath:"#/properties/activities/items/properties/retention/dependencies",keyword:"dependencies",params:{property: "after",
    missingProperty: "keep",
    depsCount: 1,
    deps: "keep"},message:"must have property keep when property after is present",schema:schema0.properties.activities.items.properties.retention.dependencies,parentSchema:schema0.properties.activities.items.properties.retention,data:data56};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data56.keep !== undefined){
let data57 = data56.keep;
if(typeof data57 === "string"){
if(!pattern8.test(data57)){
const err116 = {instancePath:instancePath+"/activities/" + i7+"/retention/keep",schemaPath:"#/properties/activities/items/properties/retention/properties/keep/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"+"\"",schema:"^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$",parentSchema:schema0.properties.activities.items.properties.retention.properties.keep,data:data57};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/activities/" + i7+"/retention/keep",schemaPath:"#/properties/activities/items/properties/retention/properties/keep/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.retention.properties.keep.type,parentSchema:schema0.properties.activities.items.properties.retention.properties.keep,data:data57};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data56.after !== undefined){
let data58 = data56.after;
if(typeof data58 === "string"){
if(func1(data58) < 1){
const err118 = {instancePath:instancePath+"/activities/" + i7+"/retention/after",schemaPath:"#/properties/activities/items/properties/retention/properties/after/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.retention.properties.after,data:data58};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/activities/" + i7+"/retention/after",schemaPath:"#/properties/activities/items/properties/retention/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.retention.properties.after.type,parentSchema:schema0.properties.activities.items.properties.retention.properties.after,data:data58};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data56.until !== undefined){
let data59 = data56.until;
if(typeof data59 === "string"){
if(func1(data59) < 1){
const err120 = {instancePath:instancePath+"/activities/" + i7+"/retention/until",schemaPath:"#/properties/activities/items/properties/retention/properties/until/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.retention.properties.until,data:data59};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/activities/" + i7+"/retention/until",schemaPath:"#/properties/activities/items/properties/retention/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.retention.properties.until.type,parentSchema:schema0.properties.activities.items.properties.retention.properties.until,data:data59};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/activities/" + i7+"/retention",schemaPath:"#/properties/activities/items/properties/retention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.activities.items.properties.retention.type,parentSchema:schema0.properties.activities.items.properties.retention,data:data56};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data41.consent !== undefined){
let data60 = data41.consent;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.guard === undefined){
const err123 = {instancePath:instancePath+"/activities/" + i7+"/consent",schemaPath:"#/properties/activities/items/properties/consent/required",keyword:"required",params:{missingProperty: "guard"},message:"must have required property '"+"guard"+"'",schema:schema0.properties.activities.items.properties.consent.required,parentSchema:schema0.properties.activities.items.properties.consent,data:data60};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
for(const key12 in data60){
if(!(key12 === "guard")){
const err124 = {instancePath:instancePath+"/activities/" + i7+"/consent",schemaPath:"#/properties/activities/items/properties/consent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.activities.items.properties.consent,data:data60};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data60.guard !== undefined){
let data61 = data60.guard;
if(typeof data61 === "string"){
if(func1(data61) < 1){
const err125 = {instancePath:instancePath+"/activities/" + i7+"/consent/guard",schemaPath:"#/properties/activities/items/properties/consent/properties/guard/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.consent.properties.guard,data:data61};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/activities/" + i7+"/consent/guard",schemaPath:"#/properties/activities/items/properties/consent/properties/guard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.consent.properties.guard.type,parentSchema:schema0.properties.activities.items.properties.consent.properties.guard,data:data61};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/activities/" + i7+"/consent",schemaPath:"#/properties/activities/items/properties/consent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.activities.items.properties.consent.type,parentSchema:schema0.properties.activities.items.properties.consent,data:data60};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data41.paths !== undefined){
let data62 = data41.paths;
if(Array.isArray(data62)){
const len12 = data62.length;
for(let i12=0; i12<len12; i12++){
let data63 = data62[i12];
if(typeof data63 === "string"){
if(func1(data63) < 1){
const err128 = {instancePath:instancePath+"/activities/" + i7+"/paths/" + i12,schemaPath:"#/properties/activities/items/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.activities.items.properties.paths.items,data:data63};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/activities/" + i7+"/paths/" + i12,schemaPath:"#/properties/activities/items/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.activities.items.properties.paths.items.type,parentSchema:schema0.properties.activities.items.properties.paths.items,data:data63};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/activities/" + i7+"/paths",schemaPath:"#/properties/activities/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.activities.items.properties.paths.type,parentSchema:schema0.properties.activities.items.properties.paths,data:data62};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/activities/" + i7,schemaPath:"#/properties/activities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.activities.items.type,parentSchema:schema0.properties.activities.items,data:data41};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/activities",schemaPath:"#/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.activities.type,parentSchema:schema0.properties.activities,data:data40};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.detect !== undefined){
let data64 = data.detect;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key13 in data64){
if(!(((key13 === "heuristics") || (key13 === "names")) || (key13 === "ignoreNames"))){
const err133 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.detect,data:data64};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data64.heuristics !== undefined){
let data65 = data64.heuristics;
if(typeof data65 !== "boolean"){
const err134 = {instancePath:instancePath+"/detect/heuristics",schemaPath:"#/properties/detect/properties/heuristics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.detect.properties.heuristics.type,parentSchema:schema0.properties.detect.properties.heuristics,data:data65};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data64.names !== undefined){
let data66 = data64.names;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key14 in data66){
const _errs166 = errors;
if(typeof key14 === "string"){
if(!pattern0.test(key14)){
const err135 = {instancePath:instancePath+"/detect/names",schemaPath:"#/properties/detect/properties/names/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"+"\"",schema:"^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$",parentSchema:schema0.properties.detect.properties.names.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/detect/names",schemaPath:"#/properties/detect/properties/names/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.detect.properties.names.propertyNames.type,parentSchema:schema0.properties.detect.properties.names.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var valid44 = _errs166 === errors;
if(!valid44){
const err137 = {instancePath:instancePath+"/detect/names",schemaPath:"#/properties/detect/properties/names/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema0.properties.detect.properties.names.propertyNames,parentSchema:schema0.properties.detect.properties.names,data:data66};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
for(const key15 in data66){
let data67 = data66[key15];
if(Array.isArray(data67)){
const len13 = data67.length;
for(let i13=0; i13<len13; i13++){
let data68 = data67[i13];
if(typeof data68 === "string"){
if(func1(data68) < 1){
const err138 = {instancePath:instancePath+"/detect/names/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i13,schemaPath:"#/properties/detect/properties/names/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.detect.properties.names.additionalProperties.items,data:data68};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/detect/names/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i13,schemaPath:"#/properties/detect/properties/names/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.detect.properties.names.additionalProperties.items.type,parentSchema:schema0.properties.detect.properties.names.additionalProperties.items,data:data68};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/detect/names/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detect/properties/names/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.detect.properties.names.additionalProperties.type,parentSchema:schema0.properties.detect.properties.names.additionalProperties,data:data67};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/detect/names",schemaPath:"#/properties/detect/properties/names/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.detect.properties.names.type,parentSchema:schema0.properties.detect.properties.names,data:data66};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data64.ignoreNames !== undefined){
let data69 = data64.ignoreNames;
if(Array.isArray(data69)){
const len14 = data69.length;
for(let i14=0; i14<len14; i14++){
let data70 = data69[i14];
if(typeof data70 === "string"){
if(func1(data70) < 1){
const err142 = {instancePath:instancePath+"/detect/ignoreNames/" + i14,schemaPath:"#/properties/detect/properties/ignoreNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.detect.properties.ignoreNames.items,data:data70};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/detect/ignoreNames/" + i14,schemaPath:"#/properties/detect/properties/ignoreNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.detect.properties.ignoreNames.items.type,parentSchema:schema0.properties.detect.properties.ignoreNames.items,data:data70};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/detect/ignoreNames",schemaPath:"#/properties/detect/properties/ignoreNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.detect.properties.ignoreNames.type,parentSchema:schema0.properties.detect.properties.ignoreNames,data:data69};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.detect.type,parentSchema:schema0.properties.detect,data:data64};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.sanitizers !== undefined){
let data71 = data.sanitizers;
if(Array.isArray(data71)){
const len15 = data71.length;
for(let i15=0; i15<len15; i15++){
let data72 = data71[i15];
if(typeof data72 === "string"){
if(func1(data72) < 1){
const err146 = {instancePath:instancePath+"/sanitizers/" + i15,schemaPath:"#/properties/sanitizers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.sanitizers.items,data:data72};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/sanitizers/" + i15,schemaPath:"#/properties/sanitizers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.sanitizers.items.type,parentSchema:schema0.properties.sanitizers.items,data:data72};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/sanitizers",schemaPath:"#/properties/sanitizers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.sanitizers.type,parentSchema:schema0.properties.sanitizers,data:data71};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.exclude !== undefined){
let data73 = data.exclude;
if(Array.isArray(data73)){
const len16 = data73.length;
for(let i16=0; i16<len16; i16++){
let data74 = data73[i16];
if(typeof data74 === "string"){
if(func1(data74) < 1){
const err149 = {instancePath:instancePath+"/exclude/" + i16,schemaPath:"#/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.exclude.items,data:data74};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/exclude/" + i16,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.exclude.items.type,parentSchema:schema0.properties.exclude.items,data:data74};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.exclude.type,parentSchema:schema0.properties.exclude,data:data73};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data.rules !== undefined){
let data75 = data.rules;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key16 in data75){
if(!(func0.call(schema0.properties.rules.properties, key16))){
const err152 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.rules,data:data75};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data75["undeclared-sharing"] !== undefined){
let data76 = data75["undeclared-sharing"];
if(typeof data76 !== "string"){
const err153 = {instancePath:instancePath+"/rules/undeclared-sharing",schemaPath:"#/properties/rules/properties/undeclared-sharing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["undeclared-sharing"].type,parentSchema:schema0.properties.rules.properties["undeclared-sharing"],data:data76};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!(((data76 === "error") || (data76 === "warning")) || (data76 === "off"))){
const err154 = {instancePath:instancePath+"/rules/undeclared-sharing",schemaPath:"#/properties/rules/properties/undeclared-sharing/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["undeclared-sharing"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["undeclared-sharing"].enum,parentSchema:schema0.properties.rules.properties["undeclared-sharing"],data:data76};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data75["undeclared-storage"] !== undefined){
let data77 = data75["undeclared-storage"];
if(typeof data77 !== "string"){
const err155 = {instancePath:instancePath+"/rules/undeclared-storage",schemaPath:"#/properties/rules/properties/undeclared-storage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["undeclared-storage"].type,parentSchema:schema0.properties.rules.properties["undeclared-storage"],data:data77};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!(((data77 === "error") || (data77 === "warning")) || (data77 === "off"))){
const err156 = {instancePath:instancePath+"/rules/undeclared-storage",schemaPath:"#/properties/rules/properties/undeclared-storage/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["undeclared-storage"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["undeclared-storage"].enum,parentSchema:schema0.properties.rules.properties["undeclared-storage"],data:data77};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data75["undeclared-logging"] !== undefined){
let data78 = data75["undeclared-logging"];
if(typeof data78 !== "string"){
const err157 = {instancePath:instancePath+"/rules/undeclared-logging",schemaPath:"#/properties/rules/properties/undeclared-logging/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["undeclared-logging"].type,parentSchema:schema0.properties.rules.properties["undeclared-logging"],data:data78};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!(((data78 === "error") || (data78 === "warning")) || (data78 === "off"))){
const err158 = {instancePath:instancePath+"/rules/undeclared-logging",schemaPath:"#/properties/rules/properties/undeclared-logging/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["undeclared-logging"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["undeclared-logging"].enum,parentSchema:schema0.properties.rules.properties["undeclared-logging"],data:data78};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data75["missing-retention"] !== undefined){
let data79 = data75["missing-retention"];
if(typeof data79 !== "string"){
const err159 = {instancePath:instancePath+"/rules/missing-retention",schemaPath:"#/properties/rules/properties/missing-retention/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["missing-retention"].type,parentSchema:schema0.properties.rules.properties["missing-retention"],data:data79};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(!(((data79 === "error") || (data79 === "warning")) || (data79 === "off"))){
const err160 = {instancePath:instancePath+"/rules/missing-retention",schemaPath:"#/properties/rules/properties/missing-retention/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["missing-retention"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["missing-retention"].enum,parentSchema:schema0.properties.rules.properties["missing-retention"],data:data79};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data75["missing-legal-basis"] !== undefined){
let data80 = data75["missing-legal-basis"];
if(typeof data80 !== "string"){
const err161 = {instancePath:instancePath+"/rules/missing-legal-basis",schemaPath:"#/properties/rules/properties/missing-legal-basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["missing-legal-basis"].type,parentSchema:schema0.properties.rules.properties["missing-legal-basis"],data:data80};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(!(((data80 === "error") || (data80 === "warning")) || (data80 === "off"))){
const err162 = {instancePath:instancePath+"/rules/missing-legal-basis",schemaPath:"#/properties/rules/properties/missing-legal-basis/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["missing-legal-basis"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["missing-legal-basis"].enum,parentSchema:schema0.properties.rules.properties["missing-legal-basis"],data:data80};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data75["consent-not-checked"] !== undefined){
let data81 = data75["consent-not-checked"];
if(typeof data81 !== "string"){
const err163 = {instancePath:instancePath+"/rules/consent-not-checked",schemaPath:"#/properties/rules/properties/consent-not-checked/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["consent-not-checked"].type,parentSchema:schema0.properties.rules.properties["consent-not-checked"],data:data81};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(!(((data81 === "error") || (data81 === "warning")) || (data81 === "off"))){
const err164 = {instancePath:instancePath+"/rules/consent-not-checked",schemaPath:"#/properties/rules/properties/consent-not-checked/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["consent-not-checked"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["consent-not-checked"].enum,parentSchema:schema0.properties.rules.properties["consent-not-checked"],data:data81};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data75["unsafe-transfer"] !== undefined){
let data82 = data75["unsafe-transfer"];
if(typeof data82 !== "string"){
const err165 = {instancePath:instancePath+"/rules/unsafe-transfer",schemaPath:"#/properties/rules/properties/unsafe-transfer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["unsafe-transfer"].type,parentSchema:schema0.properties.rules.properties["unsafe-transfer"],data:data82};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(!(((data82 === "error") || (data82 === "warning")) || (data82 === "off"))){
const err166 = {instancePath:instancePath+"/rules/unsafe-transfer",schemaPath:"#/properties/rules/properties/unsafe-transfer/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["unsafe-transfer"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["unsafe-transfer"].enum,parentSchema:schema0.properties.rules.properties["unsafe-transfer"],data:data82};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data75["purpose-mismatch"] !== undefined){
let data83 = data75["purpose-mismatch"];
if(typeof data83 !== "string"){
const err167 = {instancePath:instancePath+"/rules/purpose-mismatch",schemaPath:"#/properties/rules/properties/purpose-mismatch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["purpose-mismatch"].type,parentSchema:schema0.properties.rules.properties["purpose-mismatch"],data:data83};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(!(((data83 === "error") || (data83 === "warning")) || (data83 === "off"))){
const err168 = {instancePath:instancePath+"/rules/purpose-mismatch",schemaPath:"#/properties/rules/properties/purpose-mismatch/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["purpose-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["purpose-mismatch"].enum,parentSchema:schema0.properties.rules.properties["purpose-mismatch"],data:data83};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data75["stale-declaration"] !== undefined){
let data84 = data75["stale-declaration"];
if(typeof data84 !== "string"){
const err169 = {instancePath:instancePath+"/rules/stale-declaration",schemaPath:"#/properties/rules/properties/stale-declaration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["stale-declaration"].type,parentSchema:schema0.properties.rules.properties["stale-declaration"],data:data84};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(!(((data84 === "error") || (data84 === "warning")) || (data84 === "off"))){
const err170 = {instancePath:instancePath+"/rules/stale-declaration",schemaPath:"#/properties/rules/properties/stale-declaration/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["stale-declaration"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["stale-declaration"].enum,parentSchema:schema0.properties.rules.properties["stale-declaration"],data:data84};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data75["unknown-category"] !== undefined){
let data85 = data75["unknown-category"];
if(typeof data85 !== "string"){
const err171 = {instancePath:instancePath+"/rules/unknown-category",schemaPath:"#/properties/rules/properties/unknown-category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rules.properties["unknown-category"].type,parentSchema:schema0.properties.rules.properties["unknown-category"],data:data85};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(!(((data85 === "error") || (data85 === "warning")) || (data85 === "off"))){
const err172 = {instancePath:instancePath+"/rules/unknown-category",schemaPath:"#/properties/rules/properties/unknown-category/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.properties["unknown-category"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.properties["unknown-category"].enum,parentSchema:schema0.properties.rules.properties["unknown-category"],data:data85};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.rules.type,parentSchema:schema0.properties.rules,data:data75};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}

