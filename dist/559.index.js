export const id = 559;
export const ids = [559];
export const modules = {

/***/ 90559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDurable: () => (/* binding */ runDurable)
/* harmony export */ });
/* harmony import */ var _flow_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64458);
/* harmony import */ var _flow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45982);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7008);



async function runDurable(f, state, req) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .durableContext */ .H)(f, state);
    if ('ignored' in req) {
        f.runtime.info(`Stagegate: ${req.ignored}; nothing to do`);
        ctx.record.idle(req.ignored);
        return;
    }
    await (0,_flow_js__WEBPACK_IMPORTED_MODULE_1__/* .durableFlow */ .wF)(ctx, req, (0,_flow_deploy_js__WEBPACK_IMPORTED_MODULE_0__.wiredEngine)(f, state, ctx.jobStartedAt));
}


/***/ })

};
